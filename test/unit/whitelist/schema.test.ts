import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CONSOLE_LISTS, type ConsoleList } from '../../../src/model/lists.js';
import { PLATFORMS } from '../../../src/model/whitelist.js';
import { platformFacts } from '../../../src/platform/platforms.js';
import {
  ACCEPTED_KEYS,
  IGNORED_KEY_PREFIX,
  JSON_LIST_KEYS,
  WEBVIEW_ENTRY_FIELDS,
} from '../../../src/whitelist/keys.js';
import { parseWhitelist } from '../../../src/whitelist/parse.js';

// Runs from build/test/unit/whitelist/; the repository root is four levels up.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const schemaPath = join(repoRoot, 'schema', 'mp-domains.schema.json');

interface ListSchema {
  readonly type: readonly string[];
  readonly maxItems: number;
  readonly items: {
    readonly pattern?: string;
    readonly oneOf?: readonly { pattern?: string; $ref?: string }[];
  };
}
interface Schema {
  readonly $schema: string;
  readonly type: string;
  readonly additionalProperties: boolean;
  readonly properties: Readonly<
    Record<string, { $ref?: string; enum?: readonly string[] } & Partial<ListSchema>>
  >;
  readonly patternProperties: Readonly<Record<string, unknown>>;
  readonly definitions: {
    readonly webviewEntry: { properties: Record<string, { pattern?: string }>; required: string[] };
  };
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;

function resolve(ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `only local references: ${ref}`);
  let node: unknown = schema;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function listSchema(list: ConsoleList): ListSchema {
  return schema.properties[list] as ListSchema;
}

function itemPattern(list: ConsoleList): RegExp {
  const items = listSchema(list).items;
  const pattern = items.pattern ?? items.oneOf?.find((alt) => alt.pattern)?.pattern;
  assert.ok(pattern, `${list} has an item pattern`);
  return new RegExp(pattern, 'u');
}

/** Just enough of a validator for this schema's shape: top-level keys, list types and entry patterns. */
function schemaErrors(data: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const isIgnoredPattern = Object.keys(schema.patternProperties).some((p) => new RegExp(p, 'u').test(key));
    if (!Object.hasOwn(schema.properties, key)) {
      if (!isIgnoredPattern) errors.push(`unknown key ${key}`);
      continue;
    }
    const list = CONSOLE_LISTS.find((l) => l === key) ?? JSON_LIST_KEYS[key];
    if (!list || value === null) continue;
    if (!Array.isArray(value)) {
      errors.push(`${key} is not an array`);
      continue;
    }
    for (const item of value) {
      if (typeof item === 'string') {
        if (!itemPattern(list).test(item)) errors.push(`${key}: ${item}`);
      } else if (list === 'webview' && typeof item === 'object' && item !== null) {
        const fields = Object.keys(item);
        const allowed = Object.keys(schema.definitions.webviewEntry.properties);
        for (const f of fields) if (!allowed.includes(f)) errors.push(`${key}: field ${f}`);
        if (!fields.includes('origin')) errors.push(`${key}: no origin`);
      } else {
        errors.push(`${key}: ${JSON.stringify(item)}`);
      }
    }
  }
  return errors;
}

describe('mp-domains JSON Schema', () => {
  it('is a draft-07 object schema that refuses unknown keys', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, false);
  });

  it('names every key the parser accepts, and nothing else', () => {
    const named = Object.keys(schema.properties);
    assert.deepEqual(
      ACCEPTED_KEYS.filter((key) => !named.includes(key)),
      [],
      'keys the parser accepts but the schema does not name',
    );
    assert.deepEqual(
      named.filter((key) => !ACCEPTED_KEYS.includes(key)),
      [],
      'keys the schema names but the parser does not accept',
    );
    assert.ok(
      Object.keys(schema.patternProperties).some((p) =>
        new RegExp(p, 'u').test(`${IGNORED_KEY_PREFIX}requestdomain`),
      ),
    );
  });

  it('resolves every $ref inside the document', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.push(value);
          else walk(value);
        }
      }
    };
    walk(schema);
    assert.ok(refs.length >= 8);
    for (const ref of refs) assert.ok(resolve(ref), `${ref} resolves`);
  });

  it('offers the same platforms and webview fields as the parser', () => {
    assert.deepEqual(schema.properties.platform?.enum, [...PLATFORMS]);
    assert.deepEqual(Object.keys(schema.definitions.webviewEntry.properties), [...WEBVIEW_ENTRY_FIELDS]);
    assert.deepEqual(schema.definitions.webviewEntry.required, ['origin']);
  });

  it("caps each list at WeChat's documented maximum", () => {
    for (const list of CONSOLE_LISTS)
      assert.equal(listSchema(list).maxItems, platformFacts('wechat').maxEntries[list], list);
  });

  it('agrees with the parser on which entries are clean', () => {
    const samples: ReadonlyArray<[ConsoleList, string]> = [
      ['request', 'https://api.example.com'],
      ['request', 'https://api.example.com:8443'],
      ['request', 'https://api.example.com/'],
      ['request', 'https://bücher.example.com'],
      ['request', 'http://api.example.com'],
      ['request', 'https://api.example.com/v1'],
      ['request', 'api.example.com'],
      ['request', 'https://192.168.0.1'],
      ['request', 'https://localhost'],
      ['request', 'https://*.example.com'],
      ['request', 'https://user@api.example.com'],
      ['socket', 'wss://ws.example.com'],
      ['socket', 'wss://ws.example.com:8080'],
      ['socket', 'ws://ws.example.com'],
      ['udp', 'udp://udp.example.com'],
      ['udp', 'udp.example.com'],
      ['udp', 'https://udp.example.com'],
      ['tcp', 'tcp://tcp.example.com'],
      ['webview', 'https://h5.example.com'],
      ['webview', 'https://h5.example.com:8443'],
    ];
    for (const [list, entry] of samples) {
      const parsed = parseWhitelist(`${list}:\n  - "${entry}"\n`, 'mp-domains.yml');
      const clean = parsed.problems.length === 0 && parsed.whitelist.entries.length === 1;
      assert.equal(itemPattern(list).test(entry), clean, `${list} ${entry}: schema and parser disagree`);
    }
  });

  it('accepts the complete example file and the modify_domain response', () => {
    for (const name of ['valid.yml', 'modify-domain.json', 'setwebviewdomain.json']) {
      const data = parseYaml(
        readFileSync(join(repoRoot, 'test', 'fixtures', 'whitelist', name), 'utf8'),
      ) as Record<string, unknown>;
      assert.deepEqual(schemaErrors(data), [], name);
    }
  });

  it('flags what the parser flags in a broken file', () => {
    const data = parseYaml(
      'request: [http://a.example.com]\nsockets: []\nwebview: [{origin: https://h5.example.com, file: x}]\n',
    ) as Record<string, unknown>;
    assert.deepEqual(schemaErrors(data), [
      'request: http://a.example.com',
      'unknown key sockets',
      'webview: field file',
    ]);
  });
});
