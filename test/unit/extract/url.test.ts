import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyseUrl,
  formatOrigin,
  normaliseHost,
  parseAuthority,
  renderCandidate,
} from '../../../src/extract/url.js';
import { str, toCandidates, type Candidate } from '../../../src/extract/value.js';

const loc = { file: 'a.js', line: 3, column: 7 };

function text(s: string): Candidate {
  return { parts: [{ text: s, loc }] };
}

function withHole(prefix: string, label = 'x', suffix = ''): Candidate {
  const parts: Candidate['parts'][number][] = [
    { text: prefix, loc },
    { hole: { reason: 'runtime-value', label } },
  ];
  if (suffix) parts.push({ text: suffix });
  return { parts };
}

describe('analyseUrl', () => {
  it('splits a plain https URL into origin, scheme and host, without a port when none is written', () => {
    const a = analyseUrl(text('https://API.Example.com/v1/items?x=1'));
    assert.equal(a.kind, 'endpoint');
    if (a.kind !== 'endpoint') return;
    assert.equal(a.origin, 'https://api.example.com');
    assert.equal(a.scheme, 'https');
    assert.equal(a.host, 'api.example.com');
    assert.equal(a.port, undefined);
    assert.equal(a.url, 'https://API.Example.com/v1/items?x=1');
    assert.deepEqual(a.hostLoc, loc);
  });

  it('keeps a written port, even the default one (the console treats :443 as a different entry)', () => {
    const a = analyseUrl(text('https://x.example.com:443/ping'));
    assert.ok(a.kind === 'endpoint');
    assert.equal(a.port, 443);
    assert.equal(a.origin, 'https://x.example.com:443');
  });

  it('writes IDN hosts in punycode and IPv6 hosts without brackets (origin keeps them)', () => {
    const idn = analyseUrl(text('https://例子.测试/a'));
    assert.ok(idn.kind === 'endpoint');
    assert.equal(idn.host, 'xn--fsqu00a.xn--0zwm56d');
    const v6 = analyseUrl(text('https://[2001:DB8::1]:8443/'));
    assert.ok(v6.kind === 'endpoint');
    assert.equal(v6.host, '2001:db8::1');
    assert.equal(v6.origin, 'https://[2001:db8::1]:8443');
  });

  it('drops user info and keeps ws/wss/http schemes as written', () => {
    const a = analyseUrl(text('wss://user:pw@Live.Example.com/ws'));
    assert.ok(a.kind === 'endpoint');
    assert.equal(a.host, 'live.example.com');
    assert.equal(a.origin, 'wss://live.example.com');
    const h = analyseUrl(text('http://legacy.example.com'));
    assert.ok(h.kind === 'endpoint');
    assert.equal(h.scheme, 'http');
  });

  it('keeps the origin when only the path is unknown', () => {
    const a = analyseUrl(withHole('https://api.example.com/goods/', 'id'));
    assert.ok(a.kind === 'endpoint');
    assert.equal(a.origin, 'https://api.example.com');
    assert.equal(a.url, 'https://api.example.com/goods/${id}');
  });

  it('takes a host as complete before a hole only when it ends in a top-level label', () => {
    const complete = analyseUrl(withHole('https://api.example.com', 'path'));
    assert.equal(complete.kind, 'endpoint');
    const partial = analyseUrl(withHole('https://api.', 'region', '.example.com/x'));
    assert.equal(partial.kind, 'unresolved');
  });

  it('reports a URL that starts with an unknown value as unresolved, with the reason of that value', () => {
    const a = analyseUrl({ parts: [{ hole: { reason: 'ext-config', label: 'ext.api' } }, { text: '/x' }] });
    assert.deepEqual(a, { kind: 'unresolved', reason: 'ext-config', text: '${ext.api}/x', paramOf: [] });
  });

  it('reports a relative path as unresolved (a base is added at run time)', () => {
    const a = analyseUrl(text('/api/user'));
    assert.equal(a.kind, 'unresolved');
  });

  it('ignores cloud file ids, data URLs, local files and empty strings', () => {
    for (const s of [
      'cloud://env-1.bucket/a.png',
      'data:image/png;base64,AAAA',
      'wxfile://tmp_1.jpg',
      'http://tmp/wx1.jpg',
      '',
      '   ',
    ]) {
      assert.equal(analyseUrl(text(s)).kind, 'ignored', s);
    }
  });

  it('lists the function parameters a URL still depends on', () => {
    const c: Candidate = {
      parts: [
        { text: 'https://api.example.com' },
        { hole: { reason: 'runtime-value', label: 'path', paramOf: 'utils/request.js:40' } },
      ],
    };
    const a = analyseUrl(c);
    assert.ok(a.kind === 'endpoint');
    assert.deepEqual(a.paramOf, ['utils/request.js:40']);
  });

  it('refuses garbage authorities instead of inventing a host', () => {
    assert.equal(analyseUrl(text('https://exa mple.com/')).kind, 'unresolved');
    assert.equal(analyseUrl(text('https://example.com:99999/')).kind, 'unresolved');
    assert.equal(analyseUrl(text('https:///nohost')).kind, 'unresolved');
  });
});

describe('host helpers', () => {
  it('normaliseHost lower-cases, strips a trailing dot and refuses invalid names', () => {
    assert.equal(normaliseHost('API.Example.COM.'), 'api.example.com');
    assert.equal(normaliseHost('a b'), undefined);
    assert.equal(normaliseHost(''), undefined);
  });

  it('parseAuthority reads ports and IPv6 literals', () => {
    assert.deepEqual(parseAuthority('h.example.com:8080'), { host: 'h.example.com', port: 8080 });
    assert.deepEqual(parseAuthority('[::1]'), { host: '::1' });
    assert.equal(parseAuthority('h.example.com:http'), undefined);
  });

  it('formatOrigin brackets IPv6 hosts', () => {
    assert.equal(formatOrigin('https', '::1', 8443), 'https://[::1]:8443');
    assert.equal(formatOrigin('udp', 'udp.example.com'), 'udp://udp.example.com');
  });

  it('renderCandidate shows holes as ${label}', () => {
    const [c] = toCandidates(str('https://a.example.com/'));
    assert.ok(c);
    assert.equal(
      renderCandidate({ parts: [...c.parts, { hole: { reason: 'runtime-value', label: 'id' } }] }),
      'https://a.example.com/${id}',
    );
  });
});
