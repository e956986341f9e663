import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enCatalog, zhCatalog } from '../../src/i18n/catalog.js';
import { format, localize, placeholders } from '../../src/i18n/translate.js';

describe('message catalogs', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    assert.deepEqual(Object.keys(zhCatalog).sort(), Object.keys(enCatalog).sort());
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.entries(enCatalog)
      .filter(
        ([key, en]) =>
          placeholders(en).join() !== placeholders(zhCatalog[key as keyof typeof zhCatalog]).join(),
      )
      .map(([key]) => key);
    assert.deepEqual(mismatched, []);
  });

  it('have no empty message and no untranslated Chinese entry longer than a word', () => {
    for (const [key, en] of Object.entries(enCatalog)) {
      const zh = zhCatalog[key as keyof typeof zhCatalog];
      assert.ok(en.trim().length > 0, `empty English message ${key}`);
      assert.ok(zh.trim().length > 0, `empty Chinese message ${key}`);
      if (/\s/.test(en.trim()) && /[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}/i.test(en)) {
        assert.notEqual(zh, en, `Chinese message ${key} is a copy of the English one`);
      }
    }
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(format('{a} and {b}', { a: 1 }), '1 and {b}');
  });

  it('localizes into every language', () => {
    const text = localize('core.unknownRule', { id: 'x', where: '--rules-exclude', valid: 'a, b' });
    assert.match(text.en, /Unknown rule id "x"/);
    assert.match(text['zh-CN'], /规则 id “x”/);
  });
});

describe('English plurals', () => {
  it('choose the form by the count and leave other languages alone', () => {
    assert.equal(format('{n} {n|warning|warnings}', { n: 1 }), '1 warning');
    assert.equal(format('{n} {n|warning|warnings}', { n: 0 }), '0 warnings');
    assert.equal(format('{n} {n|entry|entries}', { n: 2 }), '2 entries');
    assert.equal(format('{n|a|b}', {}), '{n|a|b}');
    const text = localize('report.summary', {
      errors: 1,
      warnings: 2,
      notices: 1,
      endpoints: 1,
      files: 3,
      hosts: 0,
      seconds: '0.10',
    });
    assert.match(text.en, /^1 error, 2 warnings, 1 notice · 1 endpoint in 3 files · 0 hosts probed/);
    assert.match(text['zh-CN'], /1 个错误，2 个警告/);
  });
});
