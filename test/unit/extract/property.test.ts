import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CONSOLE_LISTS } from '../../../src/model/lists.js';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extract } from './helpers.js';

/** Each run must finish well within this; a hang fails the test's own timeout. */
const RUN_LIMIT_MS = 3_000;
/** fast-check stops starting new runs after this. */
const PROPERTY_BUDGET_MS = 20_000;

async function timed(files: Record<string, string>): Promise<ExtractionResult> {
  const start = performance.now();
  const result = await extract(files);
  const elapsed = performance.now() - start;
  assert.ok(elapsed < RUN_LIMIT_MS, `extraction took ${elapsed.toFixed(0)} ms`);
  return result;
}

/** Shape every result must have, whatever the input. */
function assertWellFormed(r: ExtractionResult): void {
  for (const e of r.endpoints) {
    assert.ok((CONSOLE_LISTS as readonly string[]).includes(e.list), e.list);
    assert.equal(e.host, e.host.toLowerCase());
    assert.ok(e.host.length > 0);
    assert.ok(e.origin.startsWith(`${e.scheme}://`), e.origin);
    assert.equal(e.scheme, e.scheme.toLowerCase());
    if (e.port !== undefined) assert.ok(Number.isInteger(e.port) && e.port >= 0 && e.port <= 65535);
    assert.ok(e.line >= 1);
  }
  for (const u of r.unresolved) {
    assert.ok(['runtime-value', 'ext-config', 'unknown-import', 'too-complex'].includes(u.reason));
    assert.ok(u.expression.length <= 120);
  }
}

const FILE_NAMES = [
  'a.js',
  'b.ts',
  'c.tsx',
  'p.wxml',
  'q.vue',
  'r.wpy',
  'project.config.json',
  'manifest.json',
  'ext.json',
  '.env',
];

describe('the extractor on arbitrary input', { timeout: 120_000 }, () => {
  it('never throws or hangs on arbitrary text in any kind of file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILE_NAMES),
        fc.string({ unit: 'binary', maxLength: 400 }),
        async (name, text) => {
          assertWellFormed(
            await timed({ [name]: text, 'x.js': `wx.request({ url: 'https://x.example.com' });\n${text}` }),
          );
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: PROPERTY_BUDGET_MS },
    );
  });

  it('never throws on hostile URL literals, and normalises what it accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string({ maxLength: 80 }),
          fc.constantFrom(
            'https://[::1',
            'https://a:b:c',
            'https://\u0000',
            'wss://xn--',
            'https://例え.テスト',
          ),
        ),
        async (url) => {
          const literal = JSON.stringify(url);
          const r = await timed({
            'a.js': `wx.request({ url: ${literal} });\nwx.connectSocket({ url: ${literal} + '/ws' });`,
          });
          assertWellFormed(r);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: PROPERTY_BUDGET_MS },
    );
  });

  it('never throws, hangs or answers differently twice on generated projects full of indirection', async () => {
    const names = ['n0', 'n1', 'n2', 'n3'];
    const fns = ['f0', 'f1', 'f2'];
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(
          "'https://api.example.com'",
          "'/path'",
          "'wss://ws.example.com'",
          "''",
          '1',
          'undefined',
          'null',
        ),
        fc.constantFrom(
          ...names,
          'p',
          'process.env.API',
          'import.meta.env.VITE_API',
          'getApp().globalData.api',
          'this.data.url',
        ),
        fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a} + ${b})`),
        fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `\`\${${a}}/x/\${${b}}\``),
        fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
        fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `({ develop: ${a}, release: ${b} })[${'n0'}]`),
        fc.tuple(fc.constantFrom(...fns), tie('expr')).map(([f, a]) => `${f}(${a})`),
        fc.tuple(tie('expr'), fc.constantFrom('url', 'baseUrl', 'length')).map(([o, k]) => `(${o}).${k}`),
        tie('expr').map((a) => `((p) => ${a})(${a})`),
        tie('expr').map((a) => `[${a}, ${a}].join('/')`),
      ),
    }));
    const statement = fc.oneof(
      fc.tuple(fc.constantFrom(...names), expr).map(([n, e]) => `var ${n} = ${e};`),
      fc.tuple(fc.constantFrom(...names), expr).map(([n, e]) => `${n} = ${e};`),
      fc.tuple(fc.constantFrom(...fns), expr).map(([f, e]) => `function ${f}(p) { return ${e}; }`),
      fc
        .tuple(fc.constantFrom(...fns), expr)
        .map(([f, e]) => `function ${f}(p) { wx.request({ url: ${e} }); return ${f}(p); }`),
      fc
        .tuple(fc.constantFrom('request', 'uploadFile', 'downloadFile', 'connectSocket'), expr)
        .map(([api, e]) => `wx.${api}({ url: ${e} });`),
      fc.tuple(fc.constantFrom(...fns), expr).map(([f, e]) => `${f}(${e});`),
      expr.map((e) => `wx.createUDPSocket().send({ address: ${e}, port: 9 });`),
      fc.constantFrom(...names).map((n) => `export { ${n} };`),
      fc
        .tuple(fc.constantFrom(...names), fc.constantFrom('./m0', './m1', './m2'))
        .map(([n, m]) => `import { ${n} as i_${n} } from '${m}';`),
    );
    const module = fc.array(statement, { maxLength: 8 }).map((lines) => lines.join('\n'));
    await fc.assert(
      fc.asyncProperty(fc.tuple(module, module, module), async ([m0, m1, m2]) => {
        const files = {
          'm0.js': m0,
          'm1.js': m1,
          'm2.js': m2,
          '.env': 'API=https://env.example.com\nVITE_API=https://vite.example.com',
        };
        const first = await timed(files);
        assertWellFormed(first);
        assert.deepEqual(await timed(files), first);
      }),
      { numRuns: 200, interruptAfterTimeLimit: PROPERTY_BUDGET_MS },
    );
  });

  it('survives pathological nesting without a crash', async () => {
    const deep = `wx.request({ url: ${'('.repeat(3000)}'https://a.example.com'${')'.repeat(3000)} });`;
    const long = `wx.request({ url: ${Array.from({ length: 3000 }, () => "'a'").join(' + ')} });`;
    const nestedFns = `${'function f() { '.repeat(400)}wx.request({ url: 'https://n.example.com' });${' }'.repeat(400)}`;
    const chain = Array.from({ length: 400 }, (_, i) => `const c${i + 1} = c${i} + '/x';`).join('\n');
    const r = await timed({
      'deep.js': deep,
      'long.js': long,
      'nested.js': nestedFns,
      'chain.js': `const c0 = 'https://chain.example.com';\n${chain}\nwx.request({ url: c400 });`,
      'ok.js': "wx.request({ url: 'https://ok.example.com' });",
    });
    assertWellFormed(r);
    assert.ok(r.endpoints.some((e) => e.host === 'ok.example.com'));
  });
});
