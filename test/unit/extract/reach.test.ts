import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractProject, type ExtractOptions } from '../../../src/extract/index.js';
import type { ProjectSource } from '../../../src/model/source.js';
import { unresolvedLines, urls } from './helpers.js';

/** An in-memory project that records every path read. */
function countingSource(files: Readonly<Record<string, string>>) {
  const reads: string[] = [];
  const source: ProjectSource = {
    label: 'counting',
    listFiles: async () => Object.keys(files),
    readFile: async (path) => {
      reads.push(path);
      return Object.hasOwn(files, path) ? files[path] : undefined;
    },
  };
  return { source, reads };
}

/** A shop with many unrelated pages; the cart page calls the project's wrapper, which reads a config module. */
function shop(extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {
    'app.json': '{ "pages": ["pages/cart/cart"] }',
    'project.config.json': '{ "setting": { "urlCheck": true } }',
    'utils/config.js': "export const BASE_URL = 'https://api.shop.example.com';",
    'utils/request.js': [
      "import { BASE_URL } from './config.js';",
      'export function request(path) {',
      '  return new Promise((resolve) => wx.request({ url: BASE_URL + path, success: resolve }));',
      '}',
    ].join('\n'),
    'pages/cart/cart.js': [
      "import { request } from '../../utils/request.js';",
      'Page({',
      '  onShow() {',
      "    request('/v1/cart/summary');",
      '  },',
      '});',
    ].join('\n'),
    'pages/cart/cart.wxml': '<view>cart</view>',
    ...extra,
  };
  for (let i = 0; i < 60; i++) {
    files[`pages/p${i}/p${i}.js`] =
      `import { request } from '../../utils/request.js';\nrequest('/v1/p${i}');\nwx.request({ url: 'https://p${i}.example.com' });`;
    files[`pages/p${i}/p${i}.wxml`] = `<web-view src="https://w${i}.example.com"></web-view>`;
  }
  return files;
}

async function run(files: Record<string, string>, options: ExtractOptions) {
  const { source, reads } = countingSource(files);
  const result = await extractProject(source, options);
  return { result, reads: [...reads].sort() };
}

describe('diff mode reads what the changed files reach', () => {
  it('reads the page, its wrapper and the config module only, and finds the endpoint through the wrapper', async () => {
    const { result, reads } = await run(shop(), { onlyFiles: ['pages/cart/cart.js'] });
    assert.deepEqual(reads, ['pages/cart/cart.js', 'utils/config.js', 'utils/request.js']);
    assert.deepEqual(urls(result), ['request https://api.shop.example.com/v1/cart/summary']);
    const [endpoint] = result.endpoints;
    assert.equal(endpoint?.file, 'pages/cart/cart.js');
    assert.equal(endpoint?.line, 4);
    assert.equal(endpoint?.definedAt?.file, 'utils/config.js');
    assert.equal(endpoint?.definedAt?.line, 1);
    assert.equal(result.stats.filesRead, 3);
    assert.deepEqual(result.unresolved, []);
  });

  it('follows aliases once tsconfig paths are read, and reads .env files only for a script that reads the environment', async () => {
    const { result, reads } = await run(
      {
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "#api/*": ["src/api/*"] } } }',
        '.env.production': 'VITE_API=https://env.example.com',
        'src/api/http.ts':
          'export const get = (p: string) => uni.request({ url: import.meta.env.VITE_API + p });',
        'src/pages/home.vue':
          "<script setup lang=\"ts\">\nimport { get } from '#api/http';\nget('/home');\n</script>",
        'src/pages/other.vue': "<script>\nuni.request({ url: 'https://other.example.com' });\n</script>",
      },
      { onlyFiles: ['src/pages/home.vue'] },
    );
    assert.deepEqual(reads, ['.env.production', 'src/api/http.ts', 'src/pages/home.vue', 'tsconfig.json']);
    assert.deepEqual(urls(result), ['request https://env.example.com/home']);
  });

  it('a JSON file a changed script imports is read and resolved', async () => {
    const { result, reads } = await run(
      {
        'config/hosts.json': '{ "api": "https://json.example.com" }',
        'config/other.json': '{ "api": "https://unused.example.com" }',
        'pages/a.js':
          "const hosts = require('../config/hosts.json');\nwx.request({ url: hosts.api + '/a' });",
      },
      { onlyFiles: ['pages/a.js'] },
    );
    assert.deepEqual(reads, ['config/hosts.json', 'pages/a.js']);
    assert.deepEqual(urls(result), ['request https://json.example.com/a']);
  });

  it('an import that cannot be read makes the call that depends on it unresolved (unknown-import)', async () => {
    const files = shop();
    delete files['utils/config.js'];
    const missing = await run(files, { onlyFiles: ['pages/cart/cart.js'] });
    assert.deepEqual(missing.result.endpoints, []);
    assert.equal(missing.result.unresolved.length, 1);
    assert.equal(missing.result.unresolved[0]?.reason, 'unknown-import');
    assert.equal(missing.result.unresolved[0]?.file, 'pages/cart/cart.js');
    assert.equal(missing.result.unresolved[0]?.line, 4);

    // Listed but unreadable (deleted between listing and reading, or a failed API read): the same.
    const { source } = countingSource(shop());
    const flaky: ProjectSource = {
      ...source,
      readFile: async (path) => (path === 'utils/config.js' ? undefined : source.readFile(path)),
    };
    const unreadable = await extractProject(flaky, { onlyFiles: ['pages/cart/cart.js'] });
    assert.deepEqual(unresolvedLines(unreadable), unresolvedLines(missing.result));
    assert.deepEqual(
      unreadable.skipped.map((s) => `${s.file} ${s.reason}`),
      ['utils/config.js unreadable'],
    );
  });

  it('stops at the round bound on a long import chain, and the cut-off call is unresolved', async () => {
    const files: Record<string, string> = {
      'pages/a.js': "import { u } from '../lib/m0.js';\nwx.request({ url: u });",
    };
    for (let i = 0; i < 20; i++) files[`lib/m${i}.js`] = `export { u } from './m${i + 1}.js';`;
    files['lib/m20.js'] = "export const u = 'https://deep.example.com';";
    const { result, reads } = await run(files, { onlyFiles: ['pages/a.js'] });
    assert.ok(reads.length <= 14, `${reads.length} reads`);
    assert.deepEqual(result.endpoints, []);
    assert.deepEqual(
      result.unresolved.map((u) => `${u.file}:${u.line} ${u.reason}`),
      ['pages/a.js:2 unknown-import'],
    );
  });

  it('without onlyFiles, and with use-or-definition, every listed file is read as before', async () => {
    const files = shop();
    const whole = await run(files, {});
    assert.equal(whole.reads.length, Object.keys(files).length);
    const definition = await run(files, {
      onlyFiles: ['utils/config.js'],
      onlyFilesMatch: 'use-or-definition',
    });
    assert.equal(definition.reads.length, Object.keys(files).length);
    assert.equal(definition.result.endpoints.length, 61);
  });
});
