import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lines, readSettings } from '../../../src/action/settings.js';
import { ConfigError } from '../../../src/errors.js';
import { createTestPki } from '../../helpers/tls/index.js';

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    (values[name] ?? '').trim();

describe('readSettings', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpdg-settings-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('applies the documented defaults and freezes the result', async () => {
    const s = await readSettings(reader({ 'github-token': 't' }), dir);
    assert.equal(s.whitelistPath, 'mp-domains.yml');
    assert.equal(s.probe, true);
    assert.equal(s.filterMode, 'added');
    assert.equal(s.failLevel, 'error');
    assert.equal(s.lang, 'en');
    assert.equal(s.expiryWarningDays, 30);
    assert.equal(s.monthlyChangeLimit, 5);
    assert.equal(s.maxInlineComments, 30);
    assert.equal(s.mode, 'auto');
    assert.equal(s.resolve.size, 0);
    assert.equal(s.excludedRules.size, 0);
    assert.ok(Object.isFrozen(s));
  });

  it('parses every input', async () => {
    const pki = createTestPki({ name: 'Settings Test' });
    await writeFile(join(dir, 'ca.pem'), pki.caPem);
    const s = await readSettings(
      reader({
        'github-token': 't',
        whitelist: './config/domains.yml',
        include: 'vendor/**\n# comment\n\nlib/**',
        exclude: 'pages/legacy/**',
        probe: 'False',
        'filter-mode': 'FILE',
        'fail-level': 'warning',
        language: 'zh-cn',
        'expiry-warning-days': '14',
        'monthly-change-limit': '0',
        'max-inline-comments': '0',
        resolve: 'api.example.com:443:127.0.0.1\n[::1]:8443:::1'.replace('[::1]', 'v6.example.com'),
        'ca-file': 'ca.pem',
        'rules-exclude': 'hsts-missing, cert-no-sct\nApple',
        mode: 'pull-request',
      }),
      dir,
    );
    assert.equal(s.whitelistPath, 'config/domains.yml');
    assert.deepEqual(s.include, ['vendor/**', 'lib/**']);
    assert.deepEqual(s.exclude, ['pages/legacy/**']);
    assert.equal(s.probe, false);
    assert.equal(s.filterMode, 'file');
    assert.equal(s.failLevel, 'warning');
    assert.equal(s.lang, 'zh-CN');
    assert.equal(s.expiryWarningDays, 14);
    assert.equal(s.monthlyChangeLimit, 0);
    assert.equal(s.maxInlineComments, 0);
    assert.equal(s.resolve.size, 2);
    assert.equal([...s.resolve.values()][0], '127.0.0.1');
    assert.match(s.extraCaPem ?? '', /BEGIN CERTIFICATE/);
    assert.ok(s.excludedRules.has('hsts-missing') && s.excludedRules.has('cert-no-sct'));
    assert.ok(s.excludedRules.size > 2, 'a source name expands to its rules');
    assert.equal(s.mode, 'pull-request');
  });

  const rejects = (values: Record<string, string>, pattern: RegExp) =>
    assert.rejects(
      readSettings(reader({ 'github-token': 't', ...values }), dir),
      (e: unknown) => e instanceof ConfigError && pattern.test(e.message),
    );

  it('names the input and the accepted shape in every error', async () => {
    await rejects(
      { 'filter-mode': 'diff' },
      /^Input "filter-mode" must be one of added, file; got "diff"\.$/,
    );
    await rejects(
      { 'fail-level': 'fatal' },
      /Input "fail-level" must be one of error, warning, notice, none/,
    );
    await rejects({ probe: 'yes' }, /Input "probe" must be true or false; got "yes"/);
    await rejects(
      { 'expiry-warning-days': '-1' },
      /Input "expiry-warning-days" must be a whole number from 0 to 3650; got "-1"/,
    );
    await rejects({ 'max-inline-comments': '1e3' }, /Input "max-inline-comments" must be a whole number/);
    await rejects({ 'max-inline-comments': '101' }, /from 0 to 100/);
    await rejects({ language: 'fr' }, /Input "language" must be one of en, zh-CN; got "fr"/);
    await rejects({ whitelist: '../secrets.yml' }, /Input "whitelist" must be a path inside the repository/);
    await rejects({ whitelist: '/etc/passwd' }, /Input "whitelist" must be a path inside the repository/);
    await rejects(
      { resolve: 'ok.example.com:443:127.0.0.1\nbroken' },
      /Input "resolve", line 2: expected HOST:PORT:ADDRESS/,
    );
    await rejects({ 'ca-file': 'missing.pem' }, /Input "ca-file": cannot read missing\.pem/);
    await rejects({ 'rules-exclude': 'no-such-rule' }, /Unknown rule id "no-such-rule" in rules-exclude/);
    await rejects({ mode: 'push' }, /Input "mode" must be one of auto, pull-request, schedule/);
    await assert.rejects(readSettings(reader({}), dir), /Input "github-token" is empty/);
  });

  it('gives the error in Chinese too', async () => {
    const error = await readSettings(reader({ 'github-token': 't', 'filter-mode': 'x' }), dir).catch(
      (e: unknown) => e,
    );
    assert.ok(error instanceof ConfigError);
    assert.match(error.localized['zh-CN'], /输入“filter-mode”必须是 added, file 之一/);
  });

  it('splits multiline inputs', () => {
    assert.deepEqual(lines(' a \r\n\n# no\nb'), ['a', 'b']);
  });
});
