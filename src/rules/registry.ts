import { ConfigError } from '../errors.js';
import { localize } from '../i18n/translate.js';
import { endpointRules } from './endpoint/index.js';
import { projectRules } from './project/index.js';
import { tlsRules } from './tls/index.js';
import type { RuleMeta } from './types.js';
import { whitelistRules } from './whitelist/index.js';

/** Every rule's metadata, in report order. The source for docs, SARIF and `rules-exclude` validation. */
export function allRuleMeta(): readonly RuleMeta[] {
  return [...endpointRules, ...projectRules, ...whitelistRules, ...tlsRules].map((r) => r.meta);
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return allRuleMeta().find((m) => m.id === id);
}

/** Duplicate ids would make `rules-exclude` and SARIF ambiguous; checked at start-up and by a test. */
export function assertUniqueRuleIds(): void {
  const seen = new Set<string>();
  for (const meta of allRuleMeta()) {
    if (seen.has(meta.id)) throw new Error(`duplicate rule id ${meta.id}`);
    seen.add(meta.id);
  }
}

/**
 * Validates user-given rule ids (or sources such as `Apple`) against the registry.
 * `where` names the input or flag, for the error message.
 */
export function resolveExcludedRules(ids: readonly string[], where: string): ReadonlySet<string> {
  const metas = allRuleMeta();
  const out = new Set<string>();
  for (const raw of ids) {
    const id = raw.trim();
    if (!id) continue;
    const bySource = metas.filter((m) => m.source.toLowerCase() === id.toLowerCase());
    if (bySource.length > 0) {
      for (const m of bySource) out.add(m.id);
      continue;
    }
    if (!metas.some((m) => m.id === id)) {
      throw new ConfigError(
        localize('core.unknownRule', { id, where, valid: metas.map((m) => m.id).join(', ') }),
      );
    }
    out.add(id);
  }
  return out;
}
