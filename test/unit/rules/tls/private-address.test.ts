import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { privateAddress } from '../../../../src/rules/tls/private-address.js';
import { assertFails, assertGoodServerPasses, observation, run } from './support.js';

describe('private-address', () => {
  it('passes a host with only public addresses', () => assertGoodServerPasses(privateAddress));

  it('fails a host that resolves only to internal addresses and suggests --resolve', () => {
    const obs = observation({
      address: null,
      dns: {
        addresses: [
          { address: '127.0.0.1', family: 4 },
          { address: '169.254.169.254', family: 4 },
        ],
        refused: [
          { address: '127.0.0.1', category: 'loopback' },
          { address: '169.254.169.254', category: 'metadata' },
        ],
        failure: { reason: 'private-address', stage: 'dns' },
      },
      handshakes: { tls12: null, tls13: null, legacy: null },
    });
    const outcome = run(privateAddress, obs);
    assertFails(
      outcome,
      /127\.0\.0\.1 \(loopback\)/,
      /169\.254\.169\.254 \(cloud metadata service\)/,
      /--resolve api\.example\.test:443:ADDRESS/,
    );
    assert.match(outcome.zh[0] ?? '', /回环地址/);
  });

  it('fails a host whose records mix public and internal addresses, naming the one probed', () => {
    const obs = observation({ dns: { refused: [{ address: '10.1.2.3', category: 'private' }] } });
    assertFails(run(privateAddress, obs), /10\.1\.2\.3 \(private network\)/, /The probe used 1\.2\.3\.4/);
  });

  it('does not apply to an address mapped explicitly with --resolve', () => {
    const obs = observation({ address: '127.0.0.1', dns: { source: 'resolve-option' } });
    assert.equal(run(privateAddress, obs).status, 'na');
  });
});
