import { describe, it } from 'node:test';
import { hostIsLocalhost } from '../../../../src/rules/endpoint/host-is-localhost.js';
import { checkEndpointCases } from '../support.js';

describe('host-is-localhost', () => {
  checkEndpointCases(
    hostIsLocalhost,
    [
      {
        name: 'localhost with a port',
        url: 'http://localhost:3000/api',
        expect: 'fail',
        message: [/localhost is the device itself/],
      },
      { name: 'a name under .localhost', url: 'https://app.localhost/api', expect: 'fail' },
      { name: 'IPv4 loopback', url: 'https://127.0.0.1:8080/api', expect: 'fail' },
      { name: 'IPv4 loopback written as 127.1', url: 'https://127.1/api', expect: 'fail' },
      { name: 'IPv6 loopback', url: 'https://[::1]/api', expect: 'fail' },
      { name: 'unspecified address', url: 'http://0.0.0.0:8080/', expect: 'fail' },
      { name: 'a LAN address is not the device itself', url: 'https://192.168.1.20/api', expect: 'pass' },
      {
        name: 'a domain containing "localhost" as a label prefix',
        url: 'https://localhost.example.com/',
        expect: 'pass',
      },
      { name: 'a production domain', url: 'https://api.example.com/', expect: 'pass' },
    ],
    it,
  );
});
