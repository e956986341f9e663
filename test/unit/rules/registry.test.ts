import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { enCatalog, zhCatalog } from '../../../src/i18n/catalog.js';
import { SEVERITIES } from '../../../src/model/severity.js';
import { allRuleMeta, assertUniqueRuleIds } from '../../../src/rules/registry.js';
import type { RuleMeta } from '../../../src/rules/types.js';

// This file runs from build/test/unit/rules/; the repository root is four levels up.
const here = dirname(fileURLToPath(import.meta.url));
const buildRoot = join(here, '..', '..', '..');
const repoRoot = join(buildRoot, '..');
const builtRules = join(buildRoot, 'src', 'rules');

interface RuleFile {
  /** e.g. `endpoint/not-whitelisted` (POSIX, no extension), relative to src/rules. */
  readonly name: string;
  readonly rules: readonly { meta: RuleMeta }[];
}

function isRule(value: unknown): value is { meta: RuleMeta; check: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { meta?: { id?: unknown }; check?: unknown };
  return typeof candidate.meta?.id === 'string' && typeof candidate.check === 'function';
}

/** Every compiled module under src/rules/<folder>/ whose source still exists, with the rules it exports. */
async function ruleFiles(): Promise<RuleFile[]> {
  const out: RuleFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < 4) await walk(full, depth + 1);
        continue;
      }
      // Only files inside a rule folder; src/rules/*.ts is the framework.
      if (depth === 0 || !entry.name.endsWith('.js')) continue;
      const name = relative(builtRules, full).split(sep).join('/').replace(/\.js$/, '');
      if (!existsSync(join(repoRoot, 'src', 'rules', `${name}.ts`))) continue; // stale build output
      const module = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
      const rules = Object.values(module).filter(isRule);
      // index.ts files re-export arrays, not rules, so they are not rule files.
      if (rules.length > 0) out.push({ name, rules });
    }
  };
  await walk(builtRules, 0);
  return out;
}

describe('rule registry', () => {
  const metas = allRuleMeta();

  it('has unique ids', () => {
    assert.doesNotThrow(() => assertUniqueRuleIds());
    assert.equal(new Set(metas.map((m) => m.id)).size, metas.length);
  });

  it('gives every rule a kebab-case id, a known severity and complete metadata', () => {
    for (const meta of metas) {
      assert.match(meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, meta.id);
      assert.ok(
        (SEVERITIES as readonly string[]).includes(meta.severity),
        `${meta.id}: severity ${meta.severity}`,
      );
      assert.ok(['endpoint', 'whitelist', 'project', 'tls'].includes(meta.subject), `${meta.id}: subject`);
      assert.ok(meta.citation.title.trim().length > 0, `${meta.id}: citation title`);
    }
  });

  it('has description and fix texts in both catalogs for every rule', () => {
    for (const meta of metas) {
      for (const key of [meta.description, meta.fix]) {
        assert.ok(Object.hasOwn(enCatalog, key), `${meta.id}: ${key} missing in English`);
        assert.ok(
          Object.hasOwn(zhCatalog, key) && zhCatalog[key].trim() !== '',
          `${meta.id}: ${key} missing in Chinese`,
        );
      }
    }
  });

  it('cites an official URL and a reference-doc section for every error-level rule', () => {
    for (const meta of metas.filter((m) => m.severity === 'error')) {
      assert.match(meta.citation.url, /^https:\/\/\S+$/, `${meta.id}: citation url`);
      assert.match(meta.citation.reference, /\.md §/, `${meta.id}: citation reference`);
    }
  });

  it('keeps the public ids and severities the issue promises', () => {
    const expected: Readonly<Record<string, string>> = {
      'scheme-not-secure': 'error',
      'host-is-ip': 'error',
      'host-is-localhost': 'error',
      'port-mismatch': 'error',
      'forbidden-host': 'error',
      'not-whitelisted': 'error',
      'wrong-list': 'error',
      'unresolved-url': 'notice',
      'url-check-disabled': 'notice',
      'whitelist-invalid': 'error',
      'whitelist-unused': 'notice',
    };
    for (const [id, severity] of Object.entries(expected)) {
      assert.equal(metas.find((m) => m.id === id)?.severity, severity, id);
    }
  });

  it('has one rule per rule file, a test file for each, and every one registered', async () => {
    const files = await ruleFiles();
    assert.ok(files.length >= 11, `found only ${files.length} rule files`);
    const registered = new Set(metas.map((m) => m.id));
    const missingTests: string[] = [];
    for (const file of files) {
      assert.equal(file.rules.length, 1, `${file.name} exports ${file.rules.length} rules`);
      for (const rule of file.rules)
        assert.ok(registered.has(rule.meta.id), `${rule.meta.id} (${file.name}) is not registered`);
      if (!existsSync(join(repoRoot, 'test', 'unit', 'rules', `${file.name}.test.ts`))) {
        missingTests.push(`test/unit/rules/${file.name}.test.ts`);
      }
    }
    assert.deepEqual(missingTests, [], 'every rule file needs a test file');
    const inFiles = new Set(files.flatMap((f) => f.rules.map((r) => r.meta.id)));
    assert.deepEqual(
      metas.filter((m) => !inFiles.has(m.id)).map((m) => m.id),
      [],
      'every registered rule lives in its own file',
    );
  });
});
