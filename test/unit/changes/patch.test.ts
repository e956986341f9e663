import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parsePatch, PatchParseError } from '../../../src/changes/patch.js';

describe('parsePatch', () => {
  it('finds added and context lines per hunk', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' const a = 1;',
      "-const url = 'http://old';",
      "+const url = 'https://new';",
      "+const two = 'https://two';",
      ' export {};',
      '@@ -10,2 +11,3 @@ function f() {',
      ' x();',
      '+y();',
      ' z();',
    ].join('\n');
    const parsed = parsePatch(patch);
    assert.equal(parsed.hunks.length, 2);
    assert.deepEqual(
      [...parsed.added].sort((a, b) => a - b),
      [2, 3, 12],
    );
    assert.deepEqual(parsed.hunks[0]?.right, [1, 2, 3, 4]);
    assert.deepEqual(parsed.hunks[1]?.right, [11, 12, 13]);
    assert.equal(parsed.rightHunk.get(4), 0);
    assert.equal(parsed.rightHunk.get(12), 1);
    assert.equal(parsed.rightHunk.get(5), undefined);
  });

  it('handles omitted counts, a new file and "no newline" markers', () => {
    const parsed = parsePatch('@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file');
    assert.deepEqual([...parsed.added], [1, 2]);
    const single = parsePatch('@@ -3 +3 @@\n-a\n+b\n');
    assert.deepEqual([...single.added], [3]);
  });

  it('accepts an empty context line whose leading space was stripped', () => {
    const parsed = parsePatch('@@ -1,3 +1,3 @@\n a\n\n-b\n+c');
    assert.deepEqual(parsed.hunks[0]?.right, [1, 2, 3]);
  });

  it('returns no hunks for an empty patch', () => {
    assert.equal(parsePatch('').hunks.length, 0);
  });

  it('rejects text that is not a unified diff, naming the line', () => {
    assert.throws(
      () => parsePatch('hello'),
      (e: unknown) => e instanceof PatchParseError && e.line === 1,
    );
    assert.throws(() => parsePatch('@@ -1,2 +1,2 @@\n a'), /patch ends inside a hunk/);
    assert.throws(() => parsePatch('@@ -1,1 +1,1 @@\n+a\n+b'), /expected a hunk header|more added lines/);
    assert.throws(() => parsePatch('@@ -1,1 +1,1 @@\n a\n*x'), /expected a hunk header/);
  });

  it('agrees with a model for random hunks (property)', () => {
    const op = fc.constantFrom<'+' | '-' | ' '>('+', '-', ' ');
    const hunkArb = fc.record({
      gap: fc.integer({ min: 0, max: 20 }),
      ops: fc.array(op, { minLength: 1, maxLength: 15 }),
    });
    fc.assert(
      fc.property(fc.array(hunkArb, { minLength: 1, maxLength: 6 }), (hunks) => {
        const text: string[] = [];
        const expectedAdded: number[] = [];
        const expectedRight: number[][] = [];
        let oldLine = 1;
        let newLine = 1;
        for (const h of hunks) {
          oldLine += h.gap;
          newLine += h.gap;
          const oldCount = h.ops.filter((o) => o !== '+').length;
          const newCount = h.ops.filter((o) => o !== '-').length;
          text.push(`@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`);
          const right: number[] = [];
          for (const o of h.ops) {
            text.push(`${o}line`);
            if (o === '+') expectedAdded.push(newLine);
            if (o !== '-') right.push(newLine++);
            if (o !== '+') oldLine++;
          }
          expectedRight.push(right);
        }
        const parsed = parsePatch(text.join('\n'));
        assert.deepEqual([...parsed.added], expectedAdded);
        assert.deepEqual(
          parsed.hunks.map((h) => [...h.right]),
          expectedRight,
        );
      }),
      { numRuns: 200 },
    );
  });
});
