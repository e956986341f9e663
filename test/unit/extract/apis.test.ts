import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, unresolvedLines, urls } from './helpers.js';

describe('API families and their console lists', () => {
  it('classifies every network API under every platform object', async () => {
    const hosts = ['wx', 'uni', 'Taro', 'my', 'tt', 'swan', 'qq'];
    const lines = hosts.map((h) =>
      [
        `${h}.request({ url: 'https://${h.toLowerCase()}.example.com/r' });`,
        `${h}.uploadFile({ url: 'https://${h.toLowerCase()}.example.com/u', filePath: 'p', name: 'f' });`,
        `${h}.downloadFile({ url: 'https://${h.toLowerCase()}.example.com/d' });`,
        `${h}.getImageInfo({ src: 'https://${h.toLowerCase()}.example.com/i.png' });`,
        `${h}.connectSocket({ url: 'wss://${h.toLowerCase()}.example.com/s' });`,
      ].join('\n'),
    );
    const r = await extract({ 'a.js': `import Taro from '@tarojs/taro';\n${lines.join('\n')}` });
    for (const h of hosts) {
      const host = `${h.toLowerCase()}.example.com`;
      const mine = r.endpoints.filter((e) => e.host === host).map((e) => `${e.api} ${e.list}`);
      assert.deepEqual(mine, [
        `${h}.request request`,
        `${h}.uploadFile uploadFile`,
        `${h}.downloadFile downloadFile`,
        `${h}.getImageInfo downloadFile`,
        `${h}.connectSocket socket`,
      ]);
    }
  });

  it("counts Alipay's deprecated my.httpRequest as request and Taro's named imports as Taro APIs", async () => {
    const r = await extract({
      'a.js':
        "import { request as req } from '@tarojs/taro';\nmy.httpRequest({ url: 'https://ali.example.com' });\nreq({ url: 'https://taro.example.com' });",
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.api} ${e.list} ${e.host}`),
      ['my.httpRequest request ali.example.com', 'Taro.request request taro.example.com'],
    );
  });

  it('gives UDP and TCP endpoints as host entries with the written port', async () => {
    const r = await extract({
      'a.js': [
        'const udp = wx.createUDPSocket();',
        "udp.send({ address: 'UDP.Example.com', port: 9000, message: 'x' });",
        "udp.write({ address: '192.168.1.9', port: 9002, message: 'x' });",
        "wx.createTCPSocket().connect({ address: 'tcp.example.com', port: 9001 });",
        'const tcp = wx.createTCPSocket();',
        "tcp.connect({ address: 'tcp2.example.com' });",
      ].join('\n'),
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.api} ${e.list} ${e.url} ${e.origin} ${e.port ?? '-'}`),
      [
        'wx.createUDPSocket().send udp udp://udp.example.com:9000 udp://udp.example.com 9000',
        'wx.createUDPSocket().write udp udp://192.168.1.9:9002 udp://192.168.1.9 9002',
        'wx.createTCPSocket().connect tcp tcp://tcp.example.com:9001 tcp://tcp.example.com 9001',
        'wx.createTCPSocket().connect tcp tcp://tcp2.example.com tcp://tcp2.example.com -',
      ],
    );
  });

  it('reports a UDP address only known at run time as unresolved', async () => {
    const r = await extract({
      'a.js':
        "const udp = wx.createUDPSocket();\nPage({ onLoad(o) { udp.send({ address: o.host, port: 1, message: '' }); } });",
    });
    assert.deepEqual(unresolvedLines(r), ['udp runtime-value ${o.host}']);
  });

  it('reads React hook state rendered into <WebView src>', async () => {
    const r = await extract({
      'page.tsx': [
        "import { useState, useMemo } from 'react';",
        "import { WebView } from '@tarojs/components';",
        'export default function Page() {',
        "  const [url] = useState('https://h5.example.com/a');",
        "  const full = useMemo(() => url + '?from=mp', [url]);",
        '  return <WebView src={full} />;',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(urls(r), ['webview https://h5.example.com/a?from=mp']);
  });

  it('finds <web-view src> in JSX under any import name of the component', async () => {
    const r = await extract({
      'a.tsx':
        "import { WebView as W, WebView } from '@tarojs/components';\nconst url = 'https://h5.example.com';\nexport default () => <WebView src={url + '/a'} />;",
      'b.jsx': 'export default () => <web-view src="https://h5.example.com/b" />;',
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.api} ${e.list} ${e.url}`),
      ['<WebView src> webview https://h5.example.com/a', '<web-view src> webview https://h5.example.com/b'],
    );
  });
});

describe('templates', () => {
  it('resolves {{ }} from the page data and setData, and reports what stays unknown', async () => {
    const r = await extract({
      'pages/w/w.js': [
        "const H5 = 'https://h5.example.com';",
        'Page({',
        "  data: { url: H5 + '/home', list: [] },",
        '  onLoad(options) {',
        "    this.setData({ url: H5 + '/other', next: options.u });",
        '  },',
        '});',
      ].join('\n'),
      'pages/w/w.wxml': [
        '<web-view src="{{url}}"></web-view>',
        '<web-view src="{{next}}"></web-view>',
        '<web-view wx:for="{{list}}" src="https://h5.example.com/item/{{item.id}}"></web-view>',
      ].join('\n'),
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.line} ${e.url} ${e.definedAt?.file ?? '-'}`),
      [
        '1 https://h5.example.com/home pages/w/w.js',
        '1 https://h5.example.com/other pages/w/w.js',
        '3 https://h5.example.com/item/${item.id} -',
      ],
    );
    assert.deepEqual(
      r.unresolved.map((u) => `${u.line} ${u.api} ${u.list} ${u.expression}`),
      ['2 <web-view src> webview ${options.u}'],
    );
  });

  it('reads Alipay, Baidu, Douyin and QQ templates too', async () => {
    const files: Record<string, string> = {};
    for (const ext of ['axml', 'swan', 'ttml', 'qml'])
      files[`p.${ext}`] = `<web-view src="https://${ext}.example.com"></web-view>`;
    const r = await extract(files);
    assert.deepEqual(urls(r), [
      'webview https://axml.example.com',
      'webview https://qml.example.com',
      'webview https://swan.example.com',
      'webview https://ttml.example.com',
    ]);
  });

  it('places template endpoints of single-file components on their real line', async () => {
    const r = await extract({
      'p.vue':
        "<template>\n  <view>\n    <web-view :src=\"base + '/x'\"></web-view>\n  </view>\n</template>\n<script>\nexport default { data() { return { base: 'https://h5.example.com' }; } };\n</script>",
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.line}:${e.column} ${e.url} ${e.definedAt?.line}`),
      ['3:15 https://h5.example.com/x 7'],
    );
  });
});

describe('not endpoints', () => {
  it('ignores comments, media sources, previews, navigation, cloud ids and wx.cloud', async () => {
    const r = await extract({
      'a.js': [
        "// wx.request({ url: 'https://comment.example.com' })",
        "/* wx.request({ url: 'https://block-comment.example.com' }) */",
        "const LOGO = 'https://image.example.com/logo.png';",
        "wx.previewImage({ urls: ['https://preview.example.com/a.png'] });",
        "wx.navigateTo({ url: '/pages/web?u=https://nav.example.com' });",
        "wx.cloud.uploadFile({ cloudPath: 'a.png', filePath: 'x' });",
        "wx.cloud.callContainer({ path: '/api' });",
        "wx.downloadFile({ url: 'cloud://env-1.bucket/a.png' });",
        "wx.getImageInfo({ src: 'data:image/png;base64,AAAA' });",
        "wx.openOfficialAccountArticle({ url: 'https://mp.weixin.qq.com/s/x' });",
        "const inner = wx.createInnerAudioContext(); inner.src = 'https://audio.example.com/a.mp3';",
      ].join('\n'),
      'a.wxml':
        '<image src="https://image.example.com/a.png"/><video src="https://video.example.com/v.mp4" poster="https://image.example.com/p.png"/><audio src="https://audio.example.com/a.mp3"/><navigator url="https://nav.example.com"/><!-- <web-view src="https://commented.example.com"/> -->',
      'b.tsx':
        "import { Image } from '@tarojs/components';\nexport default () => <Image src='https://image.example.com/b.png' />;",
      'README.md': "wx.request({ url: 'https://readme.example.com' })",
      'package.json': '{ "homepage": "https://package.example.com", "main": "index.js" }',
      'package-lock.json': '{ "packages": { "": { "resolved": "https://registry.example.com/x.tgz" } } }',
      LICENSE: 'See https://license.example.com',
      'app.wxss': '.a { background: url(https://css.example.com/bg.png); }',
    });
    assert.deepEqual(r.endpoints, []);
    assert.deepEqual(r.unresolved, []);
  });

  it('does not report a local file given to getImageInfo after chooseImage', async () => {
    const r = await extract({
      'a.js': 'wx.chooseImage({ success: (res) => { wx.getImageInfo({ src: res.tempFilePaths[0] }); } });',
    });
    assert.deepEqual(r.unresolved, []);
  });

  it('skips dependencies, build output, tests and fixtures by default', async () => {
    const code = (host: string) => `wx.request({ url: 'https://${host}.example.com' });`;
    const r = await extract({
      'node_modules/x/index.js': code('node-modules'),
      'miniprogram_npm/x/index.js': code('miniprogram-npm'),
      'dist/a.js': code('dist'),
      'unpackage/dist/a.js': code('unpackage'),
      'uni_modules/x/a.js': code('uni-modules'),
      'test/a.js': code('test'),
      '__tests__/a.js': code('tests'),
      'src/fixtures/a.js': code('fixtures'),
      'src/a.test.js': code('test-file'),
      'src/a.spec.ts': code('spec-file'),
      'src/real.js': code('real'),
    });
    assert.deepEqual(urls(r), ['request https://real.example.com']);
  });
});
