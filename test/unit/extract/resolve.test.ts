import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aliasesFromPaths,
  conventionalAliases,
  joinPath,
  ModuleResolver,
} from '../../../src/extract/resolve.js';

const files = new Set([
  'miniprogram/app.js',
  'miniprogram/utils/config.js',
  'miniprogram/utils/index.js',
  'miniprogram/pages/a/a.js',
  'src/api/http.ts',
  'src/api/index.ts',
  'src/components/Card.vue',
  'src/data.json',
]);

describe('ModuleResolver', () => {
  const resolver = new ModuleResolver(
    files,
    [...aliasesFromPaths('', '.', { '@/*': ['src/*'] })],
    ['miniprogram'],
  );

  it('resolves relative paths with extensions and index files', () => {
    assert.deepEqual(resolver.resolve('miniprogram/pages/a/a.js', '../../utils/config'), {
      kind: 'file',
      path: 'miniprogram/utils/config.js',
    });
    assert.deepEqual(resolver.resolve('miniprogram/pages/a/a.js', '../../utils'), {
      kind: 'file',
      path: 'miniprogram/utils/index.js',
    });
    assert.deepEqual(resolver.resolve('src/api/index.ts', './http.js'), {
      kind: 'file',
      path: 'src/api/http.ts',
    });
    assert.deepEqual(resolver.resolve('src/api/index.ts', '../data.json'), {
      kind: 'file',
      path: 'src/data.json',
    });
  });

  it('resolves `/…` from the mini program root and aliases from tsconfig paths', () => {
    assert.deepEqual(resolver.resolve('miniprogram/pages/a/a.js', '/utils/config.js'), {
      kind: 'file',
      path: 'miniprogram/utils/config.js',
    });
    assert.deepEqual(resolver.resolve('src/api/index.ts', '@/components/Card.vue'), {
      kind: 'file',
      path: 'src/components/Card.vue',
    });
    assert.deepEqual(resolver.resolve('src/api/index.ts', '@/api'), {
      kind: 'file',
      path: 'src/api/index.ts',
    });
  });

  it('tells packages from missing project files', () => {
    assert.deepEqual(resolver.resolve('src/api/index.ts', 'axios'), { kind: 'package' });
    assert.deepEqual(resolver.resolve('src/api/index.ts', './missing'), { kind: 'missing' });
    assert.deepEqual(resolver.resolve('src/api/index.ts', '../../../outside'), { kind: 'missing' });
  });

  it('finds `utils/x` next to the file the way WeChat does', () => {
    assert.deepEqual(resolver.resolve('miniprogram/app.js', 'utils/config'), {
      kind: 'file',
      path: 'miniprogram/utils/config.js',
    });
  });
});

describe('aliases and paths', () => {
  it('uses src/ for @/ when the project has one, else the root', () => {
    assert.equal(conventionalAliases(['src/a.js'])[0]?.target, 'src');
    assert.equal(conventionalAliases(['pages/a.vue'])[0]?.target, '');
  });

  it('joinPath normalises and refuses to climb above the root', () => {
    assert.equal(joinPath('a/b', '../c/./d'), 'a/c/d');
    assert.equal(joinPath('', '../x'), undefined);
  });
});
