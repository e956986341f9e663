import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasTrigger, importSpecifiers, relevantFiles } from '../../../src/extract/prefilter.js';

describe('prefilter', () => {
  it('finds files that may hold an endpoint by themselves', () => {
    assert.equal(hasTrigger('wx.request({ url })'), true);
    assert.equal(hasTrigger("const a = 'https://x'"), true);
    assert.equal(hasTrigger('process.env.API'), true);
    assert.equal(hasTrigger('export const add = (a, b) => a + b;'), false);
  });

  it('lists ESM, dynamic and CommonJS import specifiers', () => {
    const text = `import a from './a';\nimport { b } from "../b.js";\nexport * from './c';\nconst d = require('./d');\nimport('./e');\nimport './f';`;
    assert.deepEqual(importSpecifiers(text).sort(), ['../b.js', './a', './c', './d', './e', './f']);
  });

  it('adds every file that imports a relevant file, transitively', () => {
    const imports = new Map([
      ['page.js', ['api.js']],
      ['api.js', ['request.js']],
      ['other.js', ['util.js']],
    ]);
    assert.deepEqual([...relevantFiles(new Set(['request.js']), imports)].sort(), [
      'api.js',
      'page.js',
      'request.js',
    ]);
  });
});
