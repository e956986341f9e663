import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampUtf8 } from '../../../src/sinks/job-summary.js';

describe('clampUtf8', () => {
  it('leaves short text alone and cuts long text on a line boundary under the byte limit', () => {
    assert.equal(clampUtf8('short', 100), 'short');
    const long = Array.from({ length: 2000 }, (_, i) => `第 ${i} 行 line`).join('\n');
    const cut = clampUtf8(long, 5000);
    assert.ok(Buffer.byteLength(cut) <= 5000);
    assert.match(cut, /cut: the job summary is limited/);
    assert.doesNotMatch(cut, /\uFFFD/);
  });
});
