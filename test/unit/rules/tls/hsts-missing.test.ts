import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hstsMissing } from '../../../../src/rules/tls/hsts-missing.js';
import { assertFails, assertGoodServerPasses, observation, run } from './support.js';

describe('hsts-missing', () => {
  it('passes an origin that sends HSTS', () => assertGoodServerPasses(hstsMissing));

  it('notes an origin without the header', () => {
    assertFails(
      run(hstsMissing, observation({ http: { url: 'https://api.example.test/', status: 200 } })),
      /\(HTTP 200\) sends no usable Strict-Transport-Security header/,
    );
  });

  it('notes max-age=0, which switches HSTS off', () => {
    const obs = observation({ http: { url: 'https://api.example.test/', status: 200, hsts: 'max-age=0' } });
    assertFails(run(hstsMissing, obs), /seen: max-age=0/);
  });

  it('does not apply without an HTTP answer', () => {
    assert.equal(run(hstsMissing, observation({ http: null })).status, 'na');
  });
});
