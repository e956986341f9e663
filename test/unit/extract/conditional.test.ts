import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { activeSource } from '../../../src/extract/conditional.js';
import type { FileKind } from '../../../src/extract/files.js';
import type { Platform } from '../../../src/model/whitelist.js';
import { extract, urls } from './helpers.js';

/** The non-blank lines of the active source, trimmed: what a build for `platform` keeps. */
function kept(text: string, platform: Platform, kind: FileKind = 'script'): string[] {
  return activeSource(text, kind, platform)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const lines = (...ls: string[]) => ls.join('\n');

describe('activeSource: directive grammar', () => {
  const table: {
    name: string;
    text: string;
    platform: Platform;
    kind?: FileKind;
    want: string[];
  }[] = [
    {
      name: '#ifdef of another platform is dropped',
      text: lines('a', '// #ifdef MP-ALIPAY', 'b', '// #endif', 'c'),
      platform: 'wechat',
      want: ['a', '// #ifdef MP-ALIPAY', '// #endif', 'c'],
    },
    {
      name: '#ifdef of the target is kept',
      text: lines('a', '// #ifdef MP-ALIPAY', 'b', '// #endif'),
      platform: 'alipay',
      want: ['a', '// #ifdef MP-ALIPAY', 'b', '// #endif'],
    },
    {
      name: '#ifndef of the target is dropped, of another platform kept',
      text: lines('//#ifndef MP-WEIXIN', 'x', '//#endif', '// #ifndef H5', 'y', '// #endif'),
      platform: 'wechat',
      want: ['//#ifndef MP-WEIXIN', '//#endif', '// #ifndef H5', 'y', '// #endif'],
    },
    {
      name: '|| keeps the region when any name is defined',
      text: lines(
        '// #ifdef H5 || MP-WEIXIN',
        'x',
        '// #endif',
        '// #ifdef H5 || APP-PLUS',
        'y',
        '// #endif',
      ),
      platform: 'wechat',
      want: ['// #ifdef H5 || MP-WEIXIN', 'x', '// #endif', '// #ifdef H5 || APP-PLUS', '// #endif'],
    },
    {
      name: 'MP is any mini program; H5 and APP are none',
      text: lines('// #ifdef MP', 'mp', '// #endif', '// #ifdef APP', 'app', '// #endif'),
      platform: 'douyin',
      want: ['// #ifdef MP', 'mp', '// #endif', '// #ifdef APP', '// #endif'],
    },
    {
      name: 'block comments',
      text: lines('/* #ifdef MP-BAIDU */', 'b', '/* #endif */', '/* #ifdef MP-QQ */', 'q', '/* #endif */'),
      platform: 'qq',
      want: ['/* #ifdef MP-BAIDU */', '/* #endif */', '/* #ifdef MP-QQ */', 'q', '/* #endif */'],
    },
    {
      name: 'nesting: an inner kept region inside a dropped one is dropped (directive comments stay)',
      text: lines('// #ifdef H5', 'h', '// #ifdef MP-WEIXIN', 'w', '// #endif', 'h2', '// #endif', 'z'),
      platform: 'wechat',
      want: ['// #ifdef H5', '// #ifdef MP-WEIXIN', '// #endif', '// #endif', 'z'],
    },
    {
      name: 'nesting: an inner dropped region inside a kept one',
      text: lines('// #ifdef MP', 'm', '// #ifndef MP-WEIXIN', 'o', '// #endif', 'm2', '// #endif'),
      platform: 'wechat',
      want: ['// #ifdef MP', 'm', '// #ifndef MP-WEIXIN', '// #endif', 'm2', '// #endif'],
    },
    {
      name: 'unknown names (VUE3, expressions) keep their region either way',
      text: lines(
        '// #ifdef VUE3',
        'v3',
        '// #endif',
        '// #ifndef VUE3',
        'v2',
        '// #endif',
        '// #ifdef uniVersion > 3.9',
        'n',
        '// #endif',
      ),
      platform: 'wechat',
      want: [
        '// #ifdef VUE3',
        'v3',
        '// #endif',
        '// #ifndef VUE3',
        'v2',
        '// #endif',
        '// #ifdef uniVersion > 3.9',
        'n',
        '// #endif',
      ],
    },
    {
      name: 'templates use <!-- --> comments',
      text: lines(
        '<view>',
        '<!-- #ifdef MP-ALIPAY -->',
        '<web-view src="https://a.example.com"/>',
        '<!-- #endif -->',
        '</view>',
      ),
      platform: 'wechat',
      kind: 'template',
      want: ['<view>', '<!-- #ifdef MP-ALIPAY -->', '<!-- #endif -->', '</view>'],
    },
    {
      name: 'a template ignores // comments; a script ignores <!-- -->',
      text: lines('// #ifdef MP-ALIPAY', 'x', '// #endif'),
      platform: 'wechat',
      kind: 'template',
      want: ['// #ifdef MP-ALIPAY', 'x', '// #endif'],
    },
    {
      name: 'single-file components take all three forms',
      text: lines(
        '<template>',
        '<!-- #ifdef H5 -->',
        't',
        '<!-- #endif -->',
        '</template>',
        '<script>',
        '// #ifdef H5',
        's',
        '// #endif',
        '</script>',
      ),
      platform: 'wechat',
      kind: 'sfc',
      want: [
        '<template>',
        '<!-- #ifdef H5 -->',
        '<!-- #endif -->',
        '</template>',
        '<script>',
        '// #ifdef H5',
        '// #endif',
        '</script>',
      ],
    },
    {
      name: 'env and data files are never touched',
      text: lines('# #ifdef H5', 'A=1'),
      platform: 'wechat',
      kind: 'env',
      want: ['# #ifdef H5', 'A=1'],
    },
    {
      name: 'a stray #endif leaves the rest unchanged, what came before stays evaluated',
      text: lines('// #ifdef H5', 'h', '// #endif', '// #endif', '// #ifdef H5', 'later', '// #endif'),
      platform: 'wechat',
      want: ['// #ifdef H5', '// #endif', '// #endif', '// #ifdef H5', 'later', '// #endif'],
    },
    {
      name: 'an #ifdef without #endif leaves the text unchanged from it on',
      text: lines('// #ifdef H5', 'h', '// #endif', '// #ifdef H5', 'open', '// #ifdef H5', 'x', '// #endif'),
      platform: 'wechat',
      want: ['// #ifdef H5', '// #endif', '// #ifdef H5', 'open', '// #ifdef H5', 'x', '// #endif'],
    },
    {
      name: '#ifdef without a condition, and #else, are malformed',
      text: lines('// #ifdef', 'a', '// #endif', '// #ifdef H5', 'b', '// #else', 'c', '// #endif'),
      platform: 'wechat',
      want: ['// #ifdef', 'a', '// #endif', '// #ifdef H5', 'b', '// #else', 'c', '// #endif'],
    },
    {
      name: 'a directive must be the whole line; other #words are not directives',
      text: lines("const s = '// #ifdef H5'", 'a', '// #ifdefined H5', 'b', '// #region', 'c'),
      platform: 'wechat',
      want: ["const s = '// #ifdef H5'", 'a', '// #ifdefined H5', 'b', '// #region', 'c'],
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      assert.deepEqual(kept(row.text, row.platform, row.kind), row.want);
    });
  }

  it('keeps lines and columns: CRLF, blank lengths and the code after a region', () => {
    const text = '// #ifdef H5\r\nconst a = "é😀";\r\n// #endif\r\nwx.request({ url })';
    const out = activeSource(text, 'script', 'wechat');
    assert.equal(out.length, text.length);
    assert.equal(
      out,
      '// #ifdef H5\r\n' + ' '.repeat('const a = "é😀";'.length) + '\r\n// #endif\r\nwx.request({ url })',
    );
  });

  it('returns the same string when there is no directive', () => {
    const text = 'wx.request({ url: "https://a.example.com" }) // #endif';
    assert.equal(activeSource(text, 'script', 'wechat'), text);
  });
});

describe('activeSource: properties', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '// #ifdef MP-WEIXIN',
      '// #ifdef MP-ALIPAY || H5',
      '// #ifndef MP',
      '/* #ifdef VUE3 */',
      '<!-- #ifdef H5 -->',
      '<!-- #endif -->',
      '// #endif',
      '/* #endif */',
      '// #else',
      '// #ifdef',
      '\r\n',
      '\n',
      '\u2028',
      '😀',
    ),
    fc.string({ maxLength: 12 }),
  );
  const source = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('\n'));
  const kinds: FileKind[] = ['script', 'template', 'sfc', 'json', 'env', 'data'];

  it('never throws, keeps the length and every line terminator where it was', () => {
    fc.assert(
      fc.property(
        source,
        fc.constantFrom(...kinds),
        fc.constantFrom<Platform>('wechat', 'alipay', 'douyin', 'baidu', 'qq'),
        (text, kind, platform) => {
          const out = activeSource(text, kind, platform);
          assert.equal(out.length, text.length);
          for (let i = 0; i < text.length; i++) {
            const c = text[i] as string;
            const terminator = c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
            if (terminator) assert.equal(out[i], c);
            // Anything else is either kept or blanked.
            else assert.ok(out[i] === c || out[i] === ' ');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is linear: a megabyte of nested directives is done quickly', () => {
    const block = ['// #ifdef MP-ALIPAY', 'my.request({ url: "https://a.example.com" })', '// #endif'].join(
      '\n',
    );
    const text = Array.from({ length: 15_000 }, () => block).join('\n');
    const started = performance.now();
    const out = activeSource(text, 'script', 'wechat');
    assert.ok(performance.now() - started < 2_000);
    assert.ok(!out.includes('my.request'));
  });
});

describe('extraction for a target platform', () => {
  const files = {
    'pages/index/index.vue': [
      '<template>',
      '  <view>',
      '    <!-- #ifdef MP-ALIPAY -->',
      '    <web-view src="https://h5.alipay-only.example.com/page"></web-view>',
      '    <!-- #endif -->',
      '  </view>',
      '</template>',
      '<script>',
      'export default {',
      '  onLoad() {',
      '    // #ifdef MP-ALIPAY',
      "    uni.request({ url: 'https://ali.example.com/a' });",
      '    // #endif',
      '    // #ifdef MP-WEIXIN',
      "    uni.request({ url: 'https://wx.example.com/w' });",
      '    // #endif',
      "    uni.request({ url: 'https://all.example.com/x' });",
      '  },',
      '};',
      '</script>',
    ].join('\n'),
  };

  it('reports only the WeChat branch for wechat (the default), at its real line', async () => {
    const r = await extract(files);
    assert.deepEqual(urls(r), ['request https://all.example.com/x', 'request https://wx.example.com/w']);
    const wx = r.endpoints.find((e) => e.url === 'https://wx.example.com/w');
    assert.equal(wx?.line, 15);
    assert.equal(wx?.column, 5);
    assert.deepEqual(urls(await extract(files, { platform: 'wechat' })), urls(r));
  });

  it('reports the Alipay branch, and not the WeChat one, for alipay', async () => {
    const r = await extract(files, { platform: 'alipay' });
    assert.deepEqual(urls(r), [
      'request https://ali.example.com/a',
      'request https://all.example.com/x',
      'webview https://h5.alipay-only.example.com/page',
    ]);
  });

  it('applies in diff mode too, and imports inside a dropped region are not followed', async () => {
    const project = {
      'api/ali.js': "export const ALI = 'https://ali-import.example.com';",
      'pages/a.js': [
        '// #ifdef MP-ALIPAY',
        "import { ALI } from '../api/ali';",
        'uni.request({ url: ALI });',
        '// #endif',
        "uni.request({ url: 'https://kept.example.com' });",
      ].join('\n'),
    };
    const wechat = await extract(project, { onlyFiles: ['pages/a.js'] });
    assert.deepEqual(urls(wechat), ['request https://kept.example.com']);
    assert.equal(wechat.stats.filesRead, 1);
    const alipay = await extract(project, { onlyFiles: ['pages/a.js'], platform: 'alipay' });
    assert.deepEqual(urls(alipay), [
      'request https://ali-import.example.com',
      'request https://kept.example.com',
    ]);
  });

  it('process.env.TARO_ENV is the Taro name of the target', async () => {
    const project = {
      'src/api.js': [
        "const HOSTS = { weapp: 'https://weapp.example.com', alipay: 'https://alipay.example.com' };",
        'Taro.request({ url: HOSTS[process.env.TARO_ENV] });',
      ].join('\n'),
    };
    assert.deepEqual(urls(await extract(project)), ['request https://weapp.example.com']);
    assert.deepEqual(urls(await extract(project, { platform: 'alipay' })), [
      'request https://alipay.example.com',
    ]);
  });
});
