import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveTarget } from '../../../src/probe/dns.js';
import { fakeLookup } from '../../helpers/tls/index.js';

const live = new AbortController().signal;

describe('resolveTarget', () => {
  it('connects to a public address and prefers IPv4', async () => {
    const lookup = fakeLookup({ 'api.example.test': ['2606:4700::1', '93.184.216.34'] });
    const { dns, address } = await resolveTarget({
      host: 'api.example.test',
      port: 443,
      lookup,
      signal: live,
    });
    assert.equal(address, '93.184.216.34');
    assert.equal(dns.source, 'dns');
    assert.deepEqual(dns.refused, []);
  });

  it('refuses a public name that resolves to loopback, and never connects to it', async () => {
    const lookup = fakeLookup({ 'evil.example.test': ['127.0.0.1', '::1'] });
    const { dns, address } = await resolveTarget({
      host: 'evil.example.test',
      port: 443,
      lookup,
      signal: live,
    });
    assert.equal(address, undefined);
    assert.equal(dns.failure?.reason, 'private-address');
    assert.deepEqual(
      dns.refused.map((r) => r.category),
      ['loopback', 'loopback'],
    );
  });

  it('skips internal addresses among public ones', async () => {
    const lookup = fakeLookup({ 'mixed.example.test': ['10.0.0.5', '93.184.216.34'] });
    const { dns, address } = await resolveTarget({
      host: 'mixed.example.test',
      port: 443,
      lookup,
      signal: live,
    });
    assert.equal(address, '93.184.216.34');
    assert.deepEqual(dns.refused, [{ address: '10.0.0.5', category: 'private' }]);
  });

  it('allows a private address mapped explicitly with --resolve, without a lookup', async () => {
    const lookup = fakeLookup({});
    const resolve = new Map([['api.example.test:8443', '127.0.0.1']]);
    const { dns, address } = await resolveTarget({
      host: 'API.example.test',
      port: 8443,
      resolve,
      lookup,
      signal: live,
    });
    assert.equal(address, '127.0.0.1');
    assert.equal(dns.source, 'resolve-option');
    assert.deepEqual(lookup.calls, []);
  });

  it('applies a --resolve mapping only to its port', async () => {
    const lookup = fakeLookup({ 'api.example.test': ['127.0.0.1'] });
    const resolve = new Map([['api.example.test:8443', '127.0.0.1']]);
    const { address } = await resolveTarget({
      host: 'api.example.test',
      port: 443,
      resolve,
      lookup,
      signal: live,
    });
    assert.equal(address, undefined);
  });

  it('refuses localhost names without a lookup (RFC 6761)', async () => {
    const lookup = fakeLookup({ 'app.localhost': ['93.184.216.34'] });
    for (const host of ['localhost', 'app.localhost', 'LOCALHOST.']) {
      const { dns, address } = await resolveTarget({ host, port: 443, lookup, signal: live });
      assert.equal(address, undefined, host);
      assert.equal(dns.failure?.reason, 'private-address', host);
    }
    assert.deepEqual(lookup.calls, []);
  });

  it('guards IP-address targets too', async () => {
    const lookup = fakeLookup({});
    const { dns } = await resolveTarget({ host: '169.254.169.254', port: 80, lookup, signal: live });
    assert.equal(dns.source, 'literal');
    assert.deepEqual(dns.refused, [{ address: '169.254.169.254', category: 'metadata' }]);
  });

  it('reports NXDOMAIN and empty answers as no-address', async () => {
    const lookup = fakeLookup({ 'empty.example.test': [] });
    const missing = await resolveTarget({ host: 'missing.example.test', port: 443, lookup, signal: live });
    assert.deepEqual(missing.dns.failure, { reason: 'no-address', stage: 'dns', detail: 'ENOTFOUND' });
    const empty = await resolveTarget({ host: 'empty.example.test', port: 443, lookup, signal: live });
    assert.equal(empty.dns.failure?.detail, 'ENODATA');
  });

  it('returns at the deadline even when the resolver never answers', async () => {
    const lookup = fakeLookup({ 'slow.example.test': 'hang' });
    const started = Date.now();
    const { dns } = await resolveTarget({
      host: 'slow.example.test',
      port: 443,
      lookup,
      signal: AbortSignal.timeout(100),
    });
    assert.equal(dns.failure?.reason, 'timed-out');
    assert.ok(Date.now() - started < 2000);
  });
});
