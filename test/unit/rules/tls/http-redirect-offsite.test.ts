import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Whitelist } from '../../../../src/model/whitelist.js';
import { httpRedirectOffsite } from '../../../../src/rules/tls/http-redirect-offsite.js';
import { assertFails, assertGoodServerPasses, context, observation, run } from './support.js';

const redirect = (location: string, status = 302) => ({
  url: 'https://api.example.test/',
  status,
  location,
  hsts: 'max-age=1',
});

describe('http-redirect-offsite', () => {
  it('passes an origin that answers without redirecting', () => assertGoodServerPasses(httpRedirectOffsite));

  it('warns about a redirect to another host, naming the list', () => {
    const outcome = run(
      httpRedirectOffsite,
      observation({ http: redirect('https://login.other.test/start?x=1') }),
    );
    assertFails(
      outcome,
      /answers 302 with a redirect to https:\/\/login\.other\.test\/start\?x=1/,
      /login\.other\.test whitelisted in request/,
    );
  });

  it('passes a redirect on the same host, relative or absolute', () => {
    assert.equal(
      run(httpRedirectOffsite, observation({ http: redirect('/index.html', 301) })).status,
      'pass',
    );
    assert.equal(
      run(httpRedirectOffsite, observation({ http: redirect('https://API.example.test/x') })).status,
      'pass',
    );
  });

  it('passes a redirect to a host the whitelist holds in the same list', () => {
    const whitelist: Whitelist = {
      path: 'mp-domains.yml',
      platform: 'wechat',
      format: 'yaml',
      entries: [
        {
          list: 'request',
          origin: 'https://login.other.test',
          scheme: 'https',
          host: 'login.other.test',
          raw: 'https://login.other.test',
          line: 3,
          column: 5,
        },
      ],
    };
    const obs = observation({ http: redirect('https://login.other.test/') });
    assert.equal(run(httpRedirectOffsite, obs, context({ whitelist })).status, 'pass');
    const asWebview = observation({ lists: ['webview'], http: redirect('https://login.other.test/') });
    assert.equal(run(httpRedirectOffsite, asWebview, context({ whitelist })).status, 'fail');
  });
});
