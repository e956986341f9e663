import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CONSOLE_LISTS } from '../../../src/model/lists.js';
import { parseWhitelist } from '../../../src/whitelist/parse.js';

/** Each property run is bounded in count and in time per input. */
const RUNS = { numRuns: 300, interruptAfterTimeLimit: 20_000 } as const;

function assertWellFormed(text: string): void {
  const started = performance.now();
  const { whitelist, problems } = parseWhitelist(text, 'fuzz.yml');
  assert.ok(performance.now() - started < 2000, 'parsed in under 2 s');
  const lines = text.split(/\r\n|\r|\n/).length + 1;
  for (const problem of problems) {
    assert.ok(problem.line >= 1 && problem.line <= lines, `line ${problem.line} inside the file`);
    assert.ok(problem.column >= 1, 'column is 1-based');
    assert.match(problem.key, /^whitelist\./);
  }
  for (const entry of whitelist.entries) {
    assert.ok((CONSOLE_LISTS as readonly string[]).includes(entry.list));
    assert.match(entry.origin, /^(https|wss|udp|tcp):\/\/[a-z0-9.-]+(:\d+)?$/);
    assert.equal(entry.host, entry.host.toLowerCase());
  }
}

const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'request:',
        'socket:',
        'webview:',
        'udp:',
        'platform: qq',
        '  - https://api.example.com',
        '  - wss://ws.example.com:8080',
        '  - origin: https://h5.example.com',
        '    verifyFile: a.txt',
        '  - &a https://x.example.com',
        '  - *a',
        '  - [',
        '{"requestdomain": ["https://a.example.com"',
        '---',
        '\t- tab',
        '"unterminated',
        '  - http://[::1]:99999/path?q#f',
        '  - https://bücher.example.',
      ),
      fc.string({ maxLength: 40 }),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));

describe('parseWhitelist never throws or hangs', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), assertWellFormed), RUNS);
  });

  it('on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), assertWellFormed), RUNS);
  });

  it('on YAML-shaped noise built from whitelist fragments', () => {
    fc.assert(fc.property(yamlish, assertWellFormed), RUNS);
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (json) => assertWellFormed(json)),
      RUNS,
    );
  });
});
