import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlCheckDisabled } from '../../../../src/rules/project/url-check-disabled.js';
import { verdict } from '../support.js';

describe('url-check-disabled', () => {
  it('reports the setting with the key and file as written', () => {
    const result = verdict(
      urlCheckDisabled.check(
        { file: 'src/manifest.json', line: 40, column: 9, key: 'mp-weixin.setting.urlCheck' },
        { platform: 'wechat' },
      ),
    );
    assert.equal(result.status, 'fail');
    assert.match(result.message ?? '', /^mp-weixin\.setting\.urlCheck is false in src\/manifest\.json/);
    assert.match(result.message ?? '', /only in the release build/);
  });

  it('keys the fingerprint by the setting, not the line', () => {
    const outcome = urlCheckDisabled.check(
      { file: 'project.config.json', line: 3, key: 'setting.urlCheck' },
      { platform: 'wechat' },
    );
    assert.equal(outcome.status, 'fail');
    if (outcome.status === 'fail') assert.equal(outcome.failures[0]?.key, 'setting.urlCheck');
  });

  it('is a notice', () => {
    assert.equal(urlCheckDisabled.meta.severity, 'notice');
  });
});
