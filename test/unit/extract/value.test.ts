import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderCandidate } from '../../../src/extract/url.js';
import {
  concat,
  concatAll,
  hole,
  joinUrl,
  knownTexts,
  MAX_CANDIDATES,
  prim,
  str,
  tagViaArg,
  toCandidates,
  union,
  UNDEFINED,
  type Value,
} from '../../../src/extract/value.js';

const render = (v: Value) => toCandidates(v).map(renderCandidate).sort();

describe('abstract string values', () => {
  it('concatenates every pair of candidates', () => {
    const base = union([str('https://a.example.com'), str('https://b.example.com')]);
    assert.deepEqual(render(concat(base, str('/x'))), ['https://a.example.com/x', 'https://b.example.com/x']);
  });

  it('keeps holes in place and numbers as text', () => {
    assert.deepEqual(
      render(concatAll([str('https://a.example.com/p/'), hole('runtime-value', 'id'), str('?n='), prim(3)])),
      ['https://a.example.com/p/${id}?n=3'],
    );
  });

  it('renders undefined as a hole, never as the text "undefined"', () => {
    assert.deepEqual(render(concat(UNDEFINED, str('/x'))), ['${undefined}/x']);
    assert.deepEqual(render(concat({ kind: 'prim', value: undefined, label: 'cfg.base' }, str('/x'))), [
      '${cfg.base}/x',
    ]);
  });

  it('drops undefined from unions (a fallback `a || b` keeps the defined side)', () => {
    assert.deepEqual(render(union([UNDEFINED, str('https://a.example.com')])), ['https://a.example.com']);
  });

  it('caps the number of candidates and says so with a too-complex hole', () => {
    let v: Value = str('');
    for (let i = 0; i < 8; i++) v = concat(v, union([str('a'), str('b')]));
    const cands = toCandidates(v);
    assert.equal(cands.length, MAX_CANDIDATES + 1);
    assert.ok(cands.some((c) => c.parts.some((p) => 'hole' in p && p.hole.reason === 'too-complex')));
  });

  it('knownTexts is defined only for fully known values', () => {
    assert.deepEqual(knownTexts(union([str('a'), str('b')])), ['a', 'b']);
    assert.equal(knownTexts(concat(str('a'), hole('runtime-value', 'x'))), undefined);
  });

  it('tagViaArg marks candidates and propagates through concatenation', () => {
    const tagged = tagViaArg(str('/x'));
    const joined = concat(str('https://a.example.com'), tagged);
    assert.equal(toCandidates(joined)[0]?.viaArg, true);
    assert.ok(!toCandidates(concat(str('a'), str('b')))[0]?.viaArg);
  });
});

describe('joinUrl (axios / fly baseURL)', () => {
  it('joins with exactly one slash', () => {
    assert.deepEqual(render(joinUrl(str('https://a.example.com/api/'), str('/items'))), [
      'https://a.example.com/api/items',
    ]);
    assert.deepEqual(render(joinUrl(str('https://a.example.com'), str('items'))), [
      'https://a.example.com/items',
    ]);
  });

  it('leaves absolute URLs alone and keeps relative ones without a base', () => {
    assert.deepEqual(render(joinUrl(str('https://a.example.com'), str('https://b.example.com/x'))), [
      'https://b.example.com/x',
    ]);
    assert.deepEqual(render(joinUrl(undefined, str('/x'))), ['/x']);
  });
});
