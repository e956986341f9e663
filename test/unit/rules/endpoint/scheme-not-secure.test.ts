import { describe, it } from 'node:test';
import { schemeNotSecure } from '../../../../src/rules/endpoint/scheme-not-secure.js';
import { checkEndpointCases } from '../support.js';

describe('scheme-not-secure', () => {
  checkEndpointCases(
    schemeNotSecure,
    [
      {
        name: 'http request',
        url: 'http://api.example.com/v1/cart',
        expect: 'fail',
        message: [/over http:\/\//, /https:\/\/api\.example\.com\/v1\/cart/],
      },
      {
        name: 'ws socket',
        url: 'ws://ws.example.com/live',
        expect: 'fail',
        message: [/over wss:\/\//, /wss:\/\/ws\.example\.com\/live/],
      },
      { name: 'http web-view', url: 'http://h5.example.com/page', list: 'webview', expect: 'fail' },
      { name: 'https request', url: 'https://api.example.com/v1', expect: 'pass' },
      { name: 'wss socket', url: 'wss://ws.example.com:9000/live', expect: 'pass' },
      { name: 'udp address', url: 'udp://udp.example.com:5000', list: 'udp', expect: 'pass' },
      {
        name: 'http to localhost is a localhost problem first',
        url: 'http://localhost:3000/api',
        expect: 'na',
      },
      { name: 'http to an IP is an IP problem first', url: 'http://10.0.0.8/api', expect: 'na' },
      {
        name: 'http to api.weixin.qq.com is a forbidden host first',
        url: 'http://api.weixin.qq.com/sns',
        expect: 'na',
      },
    ],
    it,
  );
});
