import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEnvFile } from '../../../src/extract/config/env-file.js';
import { jsonAt, parseJson } from '../../../src/extract/config/json.js';
import { urlCheckSettings, type ParsedConfig } from '../../../src/extract/config/url-check.js';

function config(file: string, text: string): ParsedConfig {
  const parsed = parseJson(text, file);
  assert.ok(parsed.ok, `${file} should parse`);
  return { file, root: parsed.root };
}

describe('parseJson', () => {
  it('keeps the position of keys and accepts comments (uni-app manifest.json)', () => {
    const parsed = parseJson('{\n  // c\n  "a": { "b": 1 }\n}', 'm.json');
    assert.ok(parsed.ok);
    assert.deepEqual(jsonAt(parsed.root, ['a', 'b'])?.keyLoc, { file: 'm.json', line: 3, column: 10 });
  });

  it('reports where a broken file breaks', () => {
    const parsed = parseJson('{\n  "a": 1,\n  "b": \n}', 'x.json');
    assert.equal(parsed.ok, false);
    if (!parsed.ok) assert.equal(parsed.line, 4);
  });
});

describe('urlCheckSettings', () => {
  it('reports setting.urlCheck false with the line and column of the key', () => {
    const found = urlCheckSettings([
      config('project.config.json', '{\n  "setting": {\n    "urlCheck": false\n  }\n}'),
    ]);
    assert.deepEqual(found, [{ file: 'project.config.json', line: 3, column: 5, key: 'setting.urlCheck' }]);
  });

  it('reads project.private.config.json, which overrides the shared file', () => {
    const shared = config('mp/project.config.json', '{"setting":{"urlCheck":false}}');
    assert.deepEqual(
      urlCheckSettings([shared, config('mp/project.private.config.json', '{"setting":{"urlCheck":true}}')]),
      [],
    );
    const own = urlCheckSettings([config('project.private.config.json', '{"setting":{"urlCheck":false}}')]);
    assert.equal(own[0]?.key, 'setting.urlCheck');
  });

  it('reads mp-*.setting.urlCheck in uni-app manifest.json', () => {
    const found = urlCheckSettings([
      config(
        'manifest.json',
        '{ "mp-weixin": { "setting": { "urlCheck": false } }, "mp-qq": { "setting": { "urlCheck": true } } }',
      ),
    ]);
    assert.deepEqual(
      found.map((f) => f.key),
      ['mp-weixin.setting.urlCheck'],
    );
  });

  it('ignores true, missing and non-boolean values', () => {
    assert.deepEqual(
      urlCheckSettings([config('project.config.json', '{"setting":{"urlCheck":"false"}}')]),
      [],
    );
    assert.deepEqual(urlCheckSettings([config('project.config.json', '{"urlCheck":false}')]), []);
  });
});

describe('parseEnvFile', () => {
  it('reads quoted, unquoted, exported values with their position', () => {
    const defs = parseEnvFile(
      '# c\nA=https://a.example.com\nexport B="https://b.example.com" \nC=\'x\' # no\nD=plain # comment\nnot a line',
      '.env',
    );
    assert.deepEqual(
      defs.map((d) => [d.key, d.value, d.loc.line, d.loc.column]),
      [
        ['A', 'https://a.example.com', 2, 3],
        ['B', 'https://b.example.com', 3, 11],
        ['C', 'x', 4, 4],
        ['D', 'plain', 5, 3],
      ],
    );
  });
});
