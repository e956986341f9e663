import type { UrlCheckDisabled } from '../../model/endpoint.js';
import { baseName, dirName } from '../files.js';
import { jsonAt, type JsonEntry, type JsonNode } from './json.js';

/** A parsed project JSON file. */
export interface ParsedConfig {
  readonly file: string;
  readonly root: JsonNode;
}

function isFalse(entry: JsonEntry | undefined): entry is JsonEntry {
  return entry !== undefined && entry.value.type === 'boolean' && entry.value.value === false;
}

function isTrue(entry: JsonEntry | undefined): boolean {
  return entry !== undefined && entry.value.type === 'boolean' && entry.value.value === true;
}

function fact(file: string, entry: JsonEntry, key: string): UrlCheckDisabled {
  return {
    file,
    line: entry.keyLoc.line,
    ...(entry.keyLoc.column === undefined ? {} : { column: entry.keyLoc.column }),
    key,
  };
}

/**
 * `urlCheck: false` settings that make the developer tools skip domain, web-view and TLS checks
 * (platform-rules.md §1.5): `setting.urlCheck` in project.config.json and project.private.config.json (the
 * private file overrides the shared one, so a `true` there hides the shared `false`), and
 * `mp-*.setting.urlCheck` in uni-app's manifest.json.
 */
export function urlCheckSettings(configs: readonly ParsedConfig[]): UrlCheckDisabled[] {
  const out: UrlCheckDisabled[] = [];
  const privateOverrides = new Set<string>();
  for (const c of configs) {
    if (
      baseName(c.file) === 'project.private.config.json' &&
      isTrue(jsonAt(c.root, ['setting', 'urlCheck']))
    ) {
      privateOverrides.add(dirName(c.file));
    }
  }
  for (const c of configs) {
    const name = baseName(c.file);
    if (name === 'project.config.json' || name === 'project.private.config.json') {
      const entry = jsonAt(c.root, ['setting', 'urlCheck']);
      if (!isFalse(entry)) continue;
      if (name === 'project.config.json' && privateOverrides.has(dirName(c.file))) continue;
      out.push(fact(c.file, entry, 'setting.urlCheck'));
    } else if (name === 'manifest.json' && c.root.type === 'object') {
      for (const key of c.root.entries.keys()) {
        if (!key.startsWith('mp-')) continue;
        const entry = jsonAt(c.root, [key, 'setting', 'urlCheck']);
        if (isFalse(entry)) out.push(fact(c.file, entry, `${key}.setting.urlCheck`));
      }
    }
  }
  return out;
}
