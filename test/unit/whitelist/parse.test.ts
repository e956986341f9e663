import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { whitelist as whitelistCatalog } from '../../../src/i18n/en/whitelist.js';
import { t } from '../../../src/i18n/translate.js';
import { WHITELIST_LIMITS, emptyWhitelist, parseWhitelist } from '../../../src/whitelist/parse.js';

// Runs from build/test/unit/whitelist/; fixtures are read from the source tree.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const fixtures = join(repoRoot, 'test', 'fixtures', 'whitelist');
const problemFixtures = join(fixtures, 'problems');
const read = (path: string) => readFileSync(path, 'utf8');

/** `# expect: KEY LINE:COL` and `# expect-entry: LIST ORIGIN` comments make each fixture self-describing. */
function expectations(text: string) {
  return {
    problems: [...text.matchAll(/^# expect: (\S+) (\d+):(\d+)$/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`),
    entries: [...text.matchAll(/^# expect-entry: (\S+) (\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`),
  };
}

const fixtureNames = readdirSync(problemFixtures)
  .filter((n) => n.endsWith('.yml'))
  .sort();

describe('parseWhitelist: one broken fixture per problem kind', () => {
  for (const name of fixtureNames) {
    it(name, () => {
      const text = read(join(problemFixtures, name));
      const expected = expectations(text);
      assert.ok(expected.problems.length > 0, `${name} declares the problems it expects`);
      const { whitelist, problems } = parseWhitelist(text, `fixtures/${name}`);
      assert.deepEqual(
        problems.map((p) => `${p.key} ${p.line}:${p.column}`),
        expected.problems,
      );
      if (name !== 'too-many.yml') {
        assert.deepEqual(
          whitelist.entries.map((e) => `${e.list} ${e.origin}`),
          expected.entries,
        );
      }
      for (const problem of problems) {
        assert.equal(problem.path, `fixtures/${name}`);
        const en = t('en', problem.key as keyof typeof whitelistCatalog, problem.params);
        const zh = t('zh-CN', problem.key as keyof typeof whitelistCatalog, problem.params);
        assert.ok(
          !/\{[a-zA-Z]+\}/.test(en) && !/\{[a-zA-Z]+\}/.test(zh),
          `${problem.key}: every placeholder filled`,
        );
      }
    });
  }

  it('has a fixture for every problem kind the file itself can cause', () => {
    // Produced by bounds a fixture file should not have to reach (tested below), or by a crash of the YAML library.
    const notFromAFixture = new Set(['whitelist.tooLarge', 'whitelist.moreProblems', 'whitelist.unreadable']);
    const covered = new Set(
      fixtureNames.flatMap((name) =>
        expectations(read(join(problemFixtures, name))).problems.map((p) => p.split(' ')[0]),
      ),
    );
    const missing = Object.keys(whitelistCatalog).filter(
      (key) => !notFromAFixture.has(key) && !covered.has(key),
    );
    assert.deepEqual(missing, []);
  });
});

describe('parseWhitelist: valid files', () => {
  it('reads every list of the YAML form, normalised, with positions', () => {
    const { whitelist, problems } = parseWhitelist(read(join(fixtures, 'valid.yml')), 'mp-domains.yml');
    assert.deepEqual(problems, []);
    assert.equal(whitelist.platform, 'wechat');
    assert.equal(whitelist.format, 'yaml');
    assert.deepEqual(
      whitelist.entries.map((e) => `${e.list} ${e.origin} ${e.line}:${e.column}`),
      [
        'request https://api.example.com 5:5',
        'request https://api.example.com:8443 6:5',
        'request https://xn--bcher-kva.example.com 7:5',
        'uploadFile https://upload.example.com 9:5',
        'downloadFile https://cdn.example.com 11:5',
        'socket wss://ws.example.com 13:5',
        'udp udp://udp.example.com 15:5',
        'udp udp://udp2.example.com 16:5',
        'tcp tcp://tcp.example.com 18:5',
        'webview https://h5.example.com 20:5',
        'webview https://m.example.com 21:13',
      ],
    );
    const idn = whitelist.entries[2];
    assert.equal(idn?.raw, 'https://Bücher.Example.com');
    assert.equal(idn?.host, 'xn--bcher-kva.example.com');
    assert.equal(whitelist.entries[1]?.port, 8443);
    // An all-digit verification content keeps its leading zero.
    assert.deepEqual(whitelist.entries[10]?.verifyFile, {
      name: '6ynZPDvfTF.txt',
      content: '0123456789abcdef',
    });
  });

  it('reads the JSON modify_domain returns, ignoring errcode, errmsg and invalid_* fields', () => {
    const { whitelist, problems } = parseWhitelist(
      read(join(fixtures, 'modify-domain.json')),
      'domains.json',
    );
    assert.deepEqual(problems, []);
    assert.equal(whitelist.format, 'modify-domain-json');
    assert.deepEqual(
      whitelist.entries.map((e) => `${e.list} ${e.origin} ${e.line}:${e.column}`),
      [
        'request https://www.qq.com 4:21',
        'request https://www.qq.com:8443 4:43',
        'socket wss://www.qq.com 5:23',
        'uploadFile https://upload.qq.com 6:20',
        'downloadFile https://download.qq.com 7:22',
        'udp udp://udp.qq.com 8:17',
        'tcp tcp://tcp.qq.com 9:17',
      ],
    );
  });

  it('reads the webviewdomain field setwebviewdomain returns', () => {
    const { whitelist, problems } = parseWhitelist(
      read(join(fixtures, 'setwebviewdomain.json')),
      'webview.json',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      whitelist.entries.map((e) => e.origin),
      ['https://www.qq.com', 'https://m.qq.com'],
    );
  });

  it('reports problems in modify_domain JSON at their JSON positions and keeps the good entries', () => {
    const { whitelist, problems } = parseWhitelist(
      read(join(fixtures, 'modify-domain-broken.json')),
      'domains.json',
    );
    assert.deepEqual(
      problems.map((p) => `${p.key} ${p.line}:${p.column}`),
      ['whitelist.wrongScheme 3:43', 'whitelist.notList 4:22', 'whitelist.entryNotString 5:17'],
    );
    assert.deepEqual(
      whitelist.entries.map((e) => e.origin),
      ['https://www.qq.com'],
    );
  });

  it('treats an empty list and a key with no value as empty lists', () => {
    const { whitelist, problems } = parseWhitelist('request:\nsocket: []\nudp: ~\n', 'mp-domains.yml');
    assert.deepEqual(problems, []);
    assert.deepEqual(whitelist.entries, []);
  });

  it('reads the platform key wherever it is, and judges entries by that platform', () => {
    const { whitelist, problems } = parseWhitelist(
      'request: [https://api.example.com:8443]\nplatform: Baidu\n',
      'x.yml',
    );
    assert.equal(whitelist.platform, 'baidu');
    assert.deepEqual(
      problems.map((p) => p.key),
      ['whitelist.portNotAllowedPlatform'],
    );
  });

  it('ignores a byte-order mark and CRLF line ends without shifting columns', () => {
    const { whitelist, problems } = parseWhitelist(
      '\uFEFFrequest:\r\n  - https://api.example.com\r\n  - http://b.example.com\r\n',
      'x.yml',
    );
    assert.deepEqual(
      whitelist.entries.map((e) => `${e.origin} ${e.line}:${e.column}`),
      ['https://api.example.com 2:5'],
    );
    assert.deepEqual(
      problems.map((p) => `${p.key} ${p.line}:${p.column}`),
      ['whitelist.wrongScheme 3:5'],
    );
  });

  it('carries the list and the raw text on entry problems', () => {
    const { problems } = parseWhitelist('uploadFile:\n  - https://upload.example.com/v1\n', 'x.yml');
    assert.equal(problems[0]?.list, 'uploadFile');
    assert.equal(problems[0]?.raw, 'https://upload.example.com/v1');
    assert.equal(problems[0]?.params.suggestion, 'https://upload.example.com');
  });
});

describe('parseWhitelist: hostile input', () => {
  it('refuses a file over the size limit without parsing it', () => {
    const text = `request:\n${'  - https://api.example.com\n'.repeat(Math.ceil(WHITELIST_LIMITS.maxChars / 27) + 1)}`;
    const started = performance.now();
    const { whitelist, problems } = parseWhitelist(text, 'big.yml');
    assert.ok(performance.now() - started < 1000);
    assert.deepEqual(
      problems.map((p) => `${p.key} ${p.line}:${p.column}`),
      ['whitelist.tooLarge 1:1'],
    );
    assert.deepEqual(whitelist.entries, []);
  });

  it('caps the number of problems and says how many more there are', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `  - http://h${i}.example.com`);
    const { problems } = parseWhitelist(`request:\n${lines.join('\n')}\n`, 'x.yml');
    assert.equal(problems.length, WHITELIST_LIMITS.maxProblems + 1);
    const last = problems[problems.length - 1];
    assert.equal(last?.key, 'whitelist.moreProblems');
    assert.equal(last?.params.count, 500 - WHITELIST_LIMITS.maxProblems);
  });

  it('does not expand an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    bomb.push('request: *l');
    const started = performance.now();
    const { whitelist, problems } = parseWhitelist(bomb.join('\n'), 'bomb.yml');
    assert.ok(performance.now() - started < 1000);
    assert.deepEqual(whitelist.entries, []);
    assert.ok(problems.some((p) => p.key === 'whitelist.alias'));
  });

  it('handles many keys and long lines quickly', () => {
    const manyKeys = Array.from({ length: 15000 }, (_, i) => `k${i}: v`).join('\n');
    const started = performance.now();
    const { problems } = parseWhitelist(manyKeys, 'keys.yml');
    assert.ok(performance.now() - started < 2000, 'many keys');
    assert.equal(problems.at(-1)?.key, 'whitelist.moreProblems');
    const long = parseWhitelist(`request: [https://${'a'.repeat(200_000)}.com]`, 'long.yml');
    assert.deepEqual(
      long.problems.map((p) => p.key),
      ['whitelist.entryTooLong'],
    );
  });
});

describe('emptyWhitelist', () => {
  it('has no entries, the given path and platform (wechat by default)', () => {
    assert.deepEqual(emptyWhitelist('mp-domains.yml'), {
      path: 'mp-domains.yml',
      platform: 'wechat',
      format: 'yaml',
      entries: [],
    });
    assert.equal(emptyWhitelist('x.yml', 'alipay').platform, 'alipay');
  });
});
