import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { UnresolvedCall, UnresolvedReason } from '../../../../src/model/endpoint.js';
import { unresolvedUrl } from '../../../../src/rules/project/unresolved-url.js';
import { verdict } from '../support.js';

const call = (reason: UnresolvedReason, expression = 'res.data.uploadUrl'): UnresolvedCall => ({
  api: 'wx.uploadFile',
  list: 'uploadFile',
  file: 'pages/upload/upload.js',
  line: 31,
  column: 7,
  expression,
  reason,
});

describe('unresolved-url', () => {
  const reasons: ReadonlyArray<[UnresolvedReason, RegExp]> = [
    ['runtime-value', /server response or user input/],
    ['ext-config', /ext\.json of a third-party platform/],
    ['unknown-import', /outside the project/],
    ['too-complex', /too complex/],
  ];
  for (const [reason, pattern] of reasons) {
    it(`fails as a notice for ${reason}, naming the API, the list and the reason`, () => {
      const result = verdict(unresolvedUrl.check(call(reason), { platform: 'wechat' }));
      assert.equal(result.status, 'fail');
      assert.match(result.message ?? '', /^wx\.uploadFile gets its URL at run time/);
      assert.match(result.message ?? '', /res\.data\.uploadUrl/);
      assert.match(result.message ?? '', /in the uploadFile list/);
      assert.match(result.message ?? '', pattern);
    });
  }

  it('is a notice, because nothing is known to be wrong', () => {
    assert.equal(unresolvedUrl.meta.severity, 'notice');
  });

  it('shortens a huge expression and renders both languages', () => {
    const outcome = unresolvedUrl.check(call('too-complex', 'a + '.repeat(500)), { platform: 'wechat' });
    assert.equal(outcome.status, 'fail');
    if (outcome.status !== 'fail') return;
    const message = outcome.failures[0]?.message;
    assert.ok((message?.en.length ?? 0) < 600);
    assert.match(message?.['zh-CN'] ?? '', /运行时才确定（表达式过于复杂，无法追踪）/);
  });
});
