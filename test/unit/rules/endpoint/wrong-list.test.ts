import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wrongList } from '../../../../src/rules/endpoint/wrong-list.js';
import { checkEndpointCases, contextOf, endpoint, verdict } from '../support.js';

const WHITELIST = `
request:
  - https://api.example.com
uploadFile:
  - https://upload.example.com
downloadFile:
  - https://upload.example.com
socket:
  - wss://live.example.com
`;

describe('wrong-list', () => {
  checkEndpointCases(
    wrongList,
    [
      {
        name: 'a request to a host listed only for uploads and downloads',
        url: 'https://upload.example.com/api',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [
          /whitelisted in the uploadFile, downloadFile list/,
          /checked against the request list/,
          /Add https:\/\/upload\.example\.com to the request list/,
          /服务器域名/,
          /mp-domains\.yml/,
        ],
      },
      {
        name: 'an upload to a host listed only for requests',
        url: 'https://api.example.com/upload',
        list: 'uploadFile',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/wx\.uploadFile/, /to the uploadFile list/],
      },
      {
        name: 'a request to the socket host needs an https entry',
        url: 'https://live.example.com/history',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/socket list/, /https:\/\/live\.example\.com/],
      },
      { name: 'the right list', url: 'https://api.example.com/v1', whitelist: WHITELIST, expect: 'pass' },
      {
        name: 'a host in no list is not-whitelisted, not this',
        url: 'https://nowhere.example.com/',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'code problems come first',
        url: 'http://upload.example.com/api',
        whitelist: WHITELIST,
        expect: 'na',
      },
      {
        name: 'the official account article host needs no business domain',
        url: 'https://mp.weixin.qq.com/s/abc',
        list: 'webview',
        whitelist: 'request: [https://mp.weixin.qq.com]\n',
        expect: 'na',
      },
    ],
    it,
  );

  it('has nothing to say for a list the platform does not have', () => {
    const qq = contextOf('platform: qq\nrequest: [https://udp.example.com]\n');
    const result = verdict(wrongList.check(endpoint('udp://udp.example.com:5000', { list: 'udp' }), qq));
    assert.equal(result.status, 'na');
  });

  it('knows that Alipay checks uploads against its one server whitelist', () => {
    const alipay = contextOf('platform: alipay\nrequest: [https://api.example.com]\n');
    assert.equal(
      verdict(wrongList.check(endpoint('https://api.example.com/up', { list: 'uploadFile' }), alipay)).status,
      'pass',
    );
  });
});
