import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentProblem } from '../../../src/extract/file-checks.js';
import { fileFilter, fileKind, isDataFile } from '../../../src/extract/files.js';

describe('fileKind', () => {
  it('reads scripts, templates, components, project JSON and env files', () => {
    const cases: Record<string, string | undefined> = {
      'a.js': 'script',
      'a.mjs': 'script',
      'a.cjs': 'script',
      'a.ts': 'script',
      'a.tsx': 'script',
      'a.jsx': 'script',
      'types.d.ts': undefined,
      'p.wxml': 'template',
      'p.axml': 'template',
      'p.swan': 'template',
      'p.ttml': 'template',
      'p.qml': 'template',
      'c.vue': 'sfc',
      'c.nvue': 'sfc',
      'c.wpy': 'sfc',
      'c.mpx': 'sfc',
      'app.json': 'json',
      'ext.json': 'json',
      'project.config.json': 'json',
      'project.private.config.json': 'json',
      'manifest.json': 'json',
      // Other JSON is read only when a script imports it (isDataFile).
      'package.json': undefined,
      'package-lock.json': undefined,
      'pages/x/index.json': undefined,
      'README.md': undefined,
      LICENSE: undefined,
      '.env': 'env',
      '.env.production': 'env',
      '.env.local': 'env',
      '.env.example': undefined,
      'p.wxss': undefined,
      'logo.png': undefined,
    };
    for (const [path, kind] of Object.entries(cases)) assert.equal(fileKind(`dir/${path}`), kind, path);
  });

  it('treats other JSON as data a script may import', () => {
    assert.equal(isDataFile('src/hosts.json'), true);
    assert.equal(isDataFile('package.json'), true);
    assert.equal(isDataFile('app.json'), false);
    assert.equal(isDataFile('a.js'), false);
  });
});

describe('fileFilter', () => {
  it('skips dependencies, build output, platform plugins, tests and fixtures by default', () => {
    const keep = fileFilter({});
    const skipped = [
      'node_modules/a/index.js',
      'miniprogram/miniprogram_npm/vant/index.js',
      'dist/app.js',
      'build/app.js',
      'unpackage/dist/dev/app.js',
      'output/app.js',
      'uni_modules/uview-ui/index.js',
      'test/a.js',
      'src/tests/a.js',
      'src/__tests__/a.js',
      'src/__mocks__/wx.js',
      'fixtures/p/app.js',
      'src/utils/request.test.js',
      'src/utils/request.spec.ts',
    ];
    for (const path of skipped) assert.equal(keep(path), false, path);
    for (const path of [
      'app.js',
      'src/utils/request.js',
      'pages/distance/index.js',
      'src/testing-utils.js',
    ]) {
      assert.equal(keep(path), true, path);
    }
  });

  it('lets include override the defaults, and exclude win over both', () => {
    const keep = fileFilter({
      include: ['miniprogram_npm/my-sdk/**'],
      exclude: ['src/legacy/**', 'miniprogram_npm/my-sdk/old.js'],
    });
    assert.equal(keep('miniprogram_npm/my-sdk/index.js'), true);
    assert.equal(keep('miniprogram_npm/my-sdk/old.js'), false);
    assert.equal(keep('miniprogram_npm/other/index.js'), false);
    assert.equal(keep('src/legacy/a.js'), false);
  });
});

describe('contentProblem', () => {
  it('flags binary content', () => {
    assert.equal(contentProblem('abc\u0000def')?.reason, 'binary');
  });

  it('flags minified bundles (most bytes on very long lines) but not ordinary code', () => {
    const minified = `!function(){${'var a=1;'.repeat(2000)}}();\n`;
    assert.equal(contentProblem(minified)?.reason, 'minified');
    const normal = 'const a = 1;\n'.repeat(2000);
    assert.equal(contentProblem(normal), undefined);
    const oneLongString = `const icon = "${'A'.repeat(3000)}";\n${'call();\n'.repeat(2000)}`;
    assert.equal(contentProblem(oneLongString), undefined);
  });
});
