import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { diskSource, extractProject } from '../../../src/extract/index.js';

/** The compiled test runs from build/test/unit/extract; fixtures stay in the source tree. */
const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'projects');

const PROJECTS: Record<string, string> = {
  'native-wechat': 'native WeChat with a config module (environment map) and a request wrapper',
  'taro-tsx': 'Taro with TSX, a class-based Taro.request wrapper, .env files and <WebView>',
  'uni-app': 'uni-app with .vue pages, flyio, manifest.json and import.meta.env',
  'wepy-mpx': 'a WePY class page and an mpx page with {{ }} web-view sources',
};

describe('fixture projects', () => {
  for (const [name, what] of Object.entries(PROJECTS)) {
    it(`${name}: ${what}`, async () => {
      const dir = join(FIXTURES, name);
      const expected: unknown = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8'));
      const r = await extractProject(diskSource(dir));
      const actual = {
        endpoints: r.endpoints,
        unresolved: r.unresolved,
        urlCheckDisabled: r.urlCheckDisabled,
        skipped: r.skipped,
      };
      assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected);
    });
  }
});
