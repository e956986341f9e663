import { describe, it } from 'node:test';
import { hostIsIp } from '../../../../src/rules/endpoint/host-is-ip.js';
import { checkEndpointCases } from '../support.js';

describe('host-is-ip', () => {
  checkEndpointCases(
    hostIsIp,
    [
      {
        name: 'a public IPv4',
        url: 'https://8.8.8.8/api',
        expect: 'fail',
        message: [/at the IP address 8\.8\.8\.8/, /never be whitelisted/],
      },
      {
        name: 'a private LAN IPv4 says it is development-only',
        url: 'https://192.168.1.20:8080/api',
        expect: 'fail',
        message: [/LAN address/, /2\.4\.0/],
      },
      { name: '10/8 is a LAN address', url: 'http://10.1.2.3/api', expect: 'fail', message: [/LAN address/] },
      {
        name: '172.16/12 is a LAN address',
        url: 'https://172.20.0.1/api',
        expect: 'fail',
        message: [/LAN address/],
      },
      {
        name: '172.32 is public',
        url: 'https://172.32.0.1/api',
        expect: 'fail',
        message: [/at the IP address/],
      },
      { name: 'a public IPv6', url: 'https://[2001:db8::1]/api', expect: 'fail', message: [/IP address/] },
      {
        name: 'a unique-local IPv6 is LAN',
        url: 'https://[fd00::1]/api',
        expect: 'fail',
        message: [/LAN address/],
      },
      {
        name: 'an IPv4 written as a number',
        url: 'https://3232235786/api',
        expect: 'fail',
        message: [/192\.168\.1\.10/],
      },
      { name: 'loopback is a localhost problem', url: 'https://127.0.0.1/api', expect: 'na' },
      { name: 'a domain', url: 'https://api.example.com/', expect: 'pass' },
      { name: 'a domain that looks numeric at the front', url: 'https://1.2.3.example.com/', expect: 'pass' },
    ],
    it,
  );
});
