import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forbiddenHost } from '../../../../src/rules/endpoint/forbidden-host.js';
import { checkEndpointCases, contextOf, endpoint, verdict } from '../support.js';

describe('forbidden-host', () => {
  checkEndpointCases(
    forbiddenHost,
    [
      {
        name: 'api.weixin.qq.com on WeChat',
        url: 'https://api.weixin.qq.com/sns/jscode2session?appid=x',
        expect: 'fail',
        message: [/WeChat never allows/, /AppSecret/],
      },
      { name: 'upper case is the same host', url: 'https://API.WEIXIN.QQ.COM/cgi-bin/token', expect: 'fail' },
      { name: 'another WeChat host', url: 'https://mp.weixin.qq.com/s/abc', expect: 'pass' },
      {
        name: 'a lookalike subdomain is not the forbidden host',
        url: 'https://api.weixin.qq.com.example.com/',
        expect: 'pass',
      },
    ],
    it,
  );

  it('uses the forbidden hosts of the whitelist platform', () => {
    const qq = contextOf('platform: qq\n');
    assert.equal(
      verdict(forbiddenHost.check(endpoint('https://api.q.qq.com/api/getToken'), qq)).status,
      'fail',
    );
    assert.equal(verdict(forbiddenHost.check(endpoint('https://api.weixin.qq.com/x'), qq)).status, 'pass');
    const baidu = contextOf('platform: baidu\n');
    assert.match(
      verdict(forbiddenHost.check(endpoint('https://openapi.baidu.com/oauth'), baidu)).message ?? '',
      /Baidu/,
    );
  });
});
