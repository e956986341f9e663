import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { classifyAddress, parseIPv6 } from '../../../src/probe/address.js';

describe('classifyAddress (request forgery guard)', () => {
  it('refuses every internal IPv4 range and allows public addresses', () => {
    const cases: [string, string | undefined][] = [
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['10.2.3.4', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['172.32.0.1', undefined],
      ['192.168.1.1', 'private'],
      ['100.64.0.1', 'cgnat'],
      ['100.127.255.255', 'cgnat'],
      ['100.128.0.1', undefined],
      ['169.254.1.1', 'link-local'],
      ['169.254.169.254', 'metadata'],
      ['100.100.100.200', 'metadata'],
      ['168.63.129.16', 'metadata'],
      ['0.0.0.0', 'unspecified'],
      ['224.0.0.1', 'multicast'],
      ['239.255.255.250', 'multicast'],
      ['255.255.255.255', 'broadcast'],
      ['240.0.0.1', 'reserved'],
      ['198.18.0.1', 'reserved'],
      ['192.0.2.10', 'documentation'],
      ['93.184.216.34', undefined],
      ['8.8.8.8', undefined],
    ];
    for (const [address, expected] of cases) assert.equal(classifyAddress(address), expected, address);
  });

  it('refuses internal IPv6 ranges and every form that embeds an internal IPv4 address', () => {
    const cases: [string, string | undefined][] = [
      ['::1', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'link-local'],
      ['fc00::1', 'unique-local'],
      ['fd12:3456::1', 'unique-local'],
      ['fd00:ec2::254', 'metadata'],
      ['ff02::1', 'multicast'],
      ['2001:db8::1', 'documentation'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::ffff:169.254.169.254', 'metadata'],
      ['::ffff:10.0.0.1', 'private'],
      ['0:0:0:0:0:ffff:a00:1', 'private'],
      ['::127.0.0.1', 'loopback'],
      ['64:ff9b::10.0.0.1', 'private'],
      ['64:ff9b::8.8.8.8', undefined],
      ['2002:7f00:1::', 'loopback'],
      ['2002:0808:0808::1', undefined],
      ['2001::1', 'reserved'],
      ['[::1]', 'loopback'],
      ['2606:4700:4700::1111', undefined],
      ['::ffff:8.8.8.8', undefined],
    ];
    for (const [address, expected] of cases) assert.equal(classifyAddress(address), expected, address);
  });

  it('refuses anything that is not an IP address', () => {
    assert.equal(classifyAddress('localhost'), 'reserved');
    assert.equal(classifyAddress('2130706433'), 'reserved');
  });

  it('judges an IPv4 address the same in its IPv4-mapped IPv6 form (property)', () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        assert.equal(classifyAddress(`::ffff:${v4}`), classifyAddress(v4));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary IPv6 addresses (property)', () => {
    fc.assert(
      fc.property(fc.ipV6(), (v6) => {
        const groups = parseIPv6(v6);
        assert.equal(groups.length, 8);
        classifyAddress(v6);
      }),
      { numRuns: 500 },
    );
  });

  it('expands IPv6 forms', () => {
    assert.deepEqual(parseIPv6('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(parseIPv6('fe80::1%eth0'), [0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(parseIPv6('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    assert.deepEqual(parseIPv6('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
