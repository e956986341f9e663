import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dnsUnresolvable } from '../../../../src/rules/tls/dns-unresolvable.js';
import { assertFails, assertGoodServerPasses, observation, run } from './support.js';

describe('dns-unresolvable', () => {
  it('passes a host with an address', () => assertGoodServerPasses(dnsUnresolvable));

  it('fails a host without A/AAAA records and names the resolver error', () => {
    const obs = observation({
      address: null,
      dns: { addresses: [], failure: { reason: 'no-address', stage: 'dns', detail: 'ENOTFOUND' } },
      handshakes: { tls12: null, tls13: null, legacy: null },
      http: null,
    });
    assertFails(run(dnsUnresolvable, obs), /api\.example\.test cannot be resolved/, /ENOTFOUND/);
  });

  it('says when DNS did not answer before the deadline', () => {
    const obs = observation({
      address: null,
      dns: { addresses: [], failure: { reason: 'timed-out', stage: 'dns' } },
      handshakes: { tls12: null, tls13: null, legacy: null },
    });
    assertFails(run(dnsUnresolvable, obs), /no answer before the deadline/);
  });

  it('leaves --resolve mappings and private-address refusals to other rules', () => {
    const mapped = observation({ dns: { source: 'resolve-option' } });
    assert.equal(run(dnsUnresolvable, mapped).status, 'na');
    const refused = observation({
      address: null,
      dns: {
        refused: [{ address: '10.0.0.1', category: 'private' }],
        failure: { reason: 'private-address' },
      },
    });
    assert.equal(run(dnsUnresolvable, refused).status, 'pass');
  });
});
