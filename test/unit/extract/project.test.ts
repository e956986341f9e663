import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { diskSource, extractProject } from '../../../src/extract/index.js';
import type { ProjectSource } from '../../../src/model/source.js';
import { extract, memorySource, urls } from './helpers.js';

describe('extractProject options', () => {
  const files = {
    'utils/config.js': "export const BASE = 'https://api.example.com';",
    'pages/a.js': "import { BASE } from '../utils/config';\nwx.request({ url: BASE + '/a' });",
    'pages/b.js': "wx.request({ url: 'https://b.example.com' });",
    'miniprogram_npm/sdk/index.js': "wx.request({ url: 'https://sdk.example.com' });",
    'project.config.json': '{ "setting": { "urlCheck": false } }',
  };

  it('include brings back a default-skipped path; exclude removes a path', async () => {
    const r = await extract(files, { include: ['miniprogram_npm/sdk/**'], exclude: ['pages/b.js'] });
    assert.deepEqual(urls(r), ['request https://api.example.com/a', 'request https://sdk.example.com']);
  });

  it('onlyFiles reports facts whose use site is in those files, still reading the others to resolve imports', async () => {
    const r = await extract(files, { onlyFiles: ['pages/a.js'] });
    assert.deepEqual(urls(r), ['request https://api.example.com/a']);
    assert.deepEqual(r.urlCheckDisabled, []);
    const definedThere = await extract(files, {
      onlyFiles: ['utils/config.js'],
      onlyFilesMatch: 'use-or-definition',
    });
    assert.deepEqual(urls(definedThere), ['request https://api.example.com/a']);
    assert.deepEqual(urls(await extract(files, { onlyFiles: ['utils/config.js'] })), []);
    const config = await extract(files, { onlyFiles: ['project.config.json'] });
    assert.deepEqual(config.endpoints, []);
    assert.equal(config.urlCheckDisabled.length, 1);
  });

  it('skips files over maxFileBytes, binary files, minified bundles and unparsable files, and goes on', async () => {
    const r = await extract(
      {
        'big.js': `const pad = '${'x'.repeat(30_000)}';\nwx.request({ url: 'https://big.example.com' });`,
        'bin.js': "wx.request({ url: 'https://bin.example.com' });\u0000\u0001",
        'vendor.js': `!function(){${"wx.request({url:'https://min.example.com'});".repeat(200)}}();`,
        'broken.js': "wx.request({ url: 'https://broken.example.com' );\nconst = ;\n}}}",
        'broken.vue':
          "<script>\nuni.request({ url: 'https://vue.example.com' });\nexport default {\n  data() { return { a: ; } }\n</script>",
        'bad.json': '{',
        'project.config.json': '{ "setting": ',
        'ok.js': "wx.request({ url: 'https://ok.example.com' });",
      },
      { maxFileBytes: 20_000 },
    );
    assert.deepEqual(urls(r), ['request https://ok.example.com']);
    assert.deepEqual(
      r.skipped.map((s) => `${s.file} ${s.reason}`),
      [
        'big.js too-large',
        'bin.js binary',
        'broken.js parse-error',
        'broken.vue parse-error',
        'project.config.json parse-error',
        'vendor.js minified',
      ],
    );
    assert.match(r.skipped.find((s) => s.file === 'broken.vue')?.detail ?? '', /^line 4: /);
  });

  it('names the imported file that does not parse, and still reports the importer', async () => {
    const r = await extract({
      'config.js': 'export const BASE = {{{ nope',
      'deep.js': `export const X = ${'[\n'.repeat(20_000)}${']'.repeat(20_000)};`,
      'page.js': [
        "import { BASE } from './config';",
        "import { X } from './deep';",
        "wx.request({ url: BASE + '/a' });",
        "wx.request({ url: 'https://ok.example.com' + X });",
      ].join('\n'),
    });
    assert.deepEqual(
      r.skipped.map((s) => `${s.file} ${s.reason}`),
      ['config.js parse-error', 'deep.js parse-error'],
    );
    assert.deepEqual(urls(r), ['request https://ok.example.com${X from ./deep}']);
    assert.deepEqual(
      r.unresolved.map((u) => u.reason),
      ['unknown-import'],
    );
  });

  it('reports a file the source cannot read as unreadable', async () => {
    const source: ProjectSource = {
      label: 'flaky',
      listFiles: async () => ['a.js', 'b.js'],
      readFile: async (path) => {
        if (path === 'a.js') throw new Error('EIO: i/o error');
        return "wx.request({ url: 'https://b.example.com' });";
      },
    };
    const r = await extractProject(source);
    assert.deepEqual(urls(r), ['request https://b.example.com']);
    assert.deepEqual(r.skipped, [{ file: 'a.js', reason: 'unreadable', detail: 'EIO: i/o error' }]);
  });

  it('sorts endpoints by file, line, column and URL, whatever the listing order', async () => {
    const a = {
      'z.js': "wx.request({ url: 'https://z.example.com' });",
      'a.js':
        "wx.request({ url: 'https://b.example.com' }); wx.request({ url: 'https://a.example.com' });\nwx.request({ url: 'https://c.example.com' });",
    };
    const r1 = await extractProject(memorySource(a));
    const reversed = Object.fromEntries(Object.entries(a).reverse());
    const r2 = await extractProject(memorySource(reversed));
    assert.deepEqual(r1, r2);
    assert.deepEqual(
      r1.endpoints.map((e) => `${e.file}:${e.line}:${e.column} ${e.host}`),
      [
        'a.js:1:1 b.example.com',
        'a.js:1:47 a.example.com',
        'a.js:2:1 c.example.com',
        'z.js:1:1 z.example.com',
      ],
    );
  });

  it('counts what it listed, read and parsed', async () => {
    const r = await extract({
      'a.js': "wx.request({ url: 'https://a.example.com' });",
      'b.js': 'export const x = 1;',
      'p.wxss': '.a{}',
    });
    assert.equal(r.stats.filesListed, 2);
    assert.equal(r.stats.filesRead, 2);
    assert.equal(r.stats.filesParsed, 1);
    assert.equal(r.stats.bytesRead, 45 + 19);
  });
});

describe('diskSource', () => {
  it('lists POSIX paths relative to the root, without .git, and reads text and sizes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mpdg-disk-'));
    try {
      await mkdir(join(root, '.git', 'objects'), { recursive: true });
      await mkdir(join(root, 'pages', 'a'), { recursive: true });
      await writeFile(
        join(root, '.git', 'objects', 'x.js'),
        "wx.request({ url: 'https://git.example.com' });",
      );
      await writeFile(join(root, 'pages', 'a', 'a.js'), "wx.request({ url: 'https://a.example.com' });");
      await writeFile(join(root, 'app.json'), '{}');
      const source = diskSource(root);
      assert.deepEqual(await source.listFiles(), ['app.json', 'pages/a/a.js']);
      assert.equal(await source.readFile('app.json'), '{}');
      assert.equal(await source.readFile('missing.js'), undefined);
      assert.equal(await source.fileSize?.('app.json'), 2);
      const r = await extractProject(source);
      assert.deepEqual(urls(r), ['request https://a.example.com']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
