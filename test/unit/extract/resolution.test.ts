import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, unresolvedLines, urls } from './helpers.js';

/** How URLs are built in real projects, and that the extractor follows each way. */
describe('URL resolution in scripts', () => {
  it('follows constants, concatenation and template literals, and says where the host is written', async () => {
    const r = await extract({
      'a.js': [
        "const BASE = 'https://api.example.com';",
        "const PATH = '/cart';",
        'wx.request({ url: BASE + PATH });',
        'wx.request({ url: `${BASE}/orders/${PATH}` });',
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com/cart',
      'request https://api.example.com/orders//cart',
    ]);
    assert.deepEqual(r.endpoints[0]?.definedAt, { file: 'a.js', line: 1, column: 14 });
    assert.equal(r.endpoints[0]?.line, 3);
    assert.equal(r.endpoints[0]?.column, 1);
    assert.equal(r.endpoints[0]?.api, 'wx.request');
  });

  it('omits definedAt when the URL is written at the call', async () => {
    const r = await extract({ 'a.js': "wx.request({ url: 'https://api.example.com/x' });" });
    assert.equal(r.endpoints[0]?.definedAt, undefined);
  });

  it('follows object properties, including ones assigned after the object is made', async () => {
    const r = await extract({
      'a.js': [
        "const config = { baseUrl: 'https://a.example.com' };",
        'const other = {};',
        "other.host = 'https://b.example.com';",
        "wx.request({ url: config.baseUrl + '/x' });",
        "wx.request({ url: other.host + '/y' });",
        "wx.request({ url: config['baseUrl'] + '/z' });",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://a.example.com/x',
      'request https://a.example.com/z',
      'request https://b.example.com/y',
    ]);
  });

  it('yields one endpoint per candidate of an environment map, a switch or an if/else', async () => {
    const r = await extract({
      'a.js': [
        "const HOSTS = { develop: 'https://dev.example.com', trial: 'https://trial.example.com', release: 'https://api.example.com' };",
        'const { envVersion } = wx.getAccountInfoSync().miniProgram;',
        'wx.request({ url: HOSTS[envVersion] });',
        'let base;',
        "switch (envVersion) { case 'develop': base = 'https://s-dev.example.com'; break; default: base = 'https://s.example.com'; }",
        "wx.uploadFile({ url: base + '/u' });",
        "let cdn = '';",
        "if (envVersion === 'release') { cdn = 'https://cdn.example.com'; } else { cdn = 'https://cdn-test.example.com'; }",
        "wx.downloadFile({ url: cdn + '/f' });",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'downloadFile https://cdn-test.example.com/f',
      'downloadFile https://cdn.example.com/f',
      'request https://api.example.com',
      'request https://dev.example.com',
      'request https://trial.example.com',
      'uploadFile https://s-dev.example.com/u',
      'uploadFile https://s.example.com/u',
    ]);
    assert.deepEqual(r.unresolved, []);
  });

  it('follows ESM imports: named, default, namespace, re-exports', async () => {
    const r = await extract({
      'config/hosts.js':
        "export const API = 'https://api.example.com';\nexport default { cdn: 'https://cdn.example.com' };",
      'config/index.js': "export * from './hosts';\nexport { default as more } from './hosts';",
      'page.js': [
        "import { API, more } from './config';",
        "import hosts from './config/hosts.js';",
        "import * as all from './config/hosts';",
        "wx.request({ url: API + '/a' });",
        "wx.request({ url: hosts.cdn + '/b' });",
        "wx.request({ url: all.API + '/c' });",
        "wx.request({ url: more.cdn + '/d' });",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com/a',
      'request https://api.example.com/c',
      'request https://cdn.example.com/b',
      'request https://cdn.example.com/d',
    ]);
    assert.deepEqual(r.endpoints.find((e) => e.url.endsWith('/a'))?.definedAt, {
      file: 'config/hosts.js',
      line: 1,
      column: 20,
    });
  });

  it('follows CommonJS: module.exports, exports.X, destructured require, require(...).X', async () => {
    const r = await extract({
      'utils/a.js': "module.exports = { base: 'https://a.example.com' };",
      'utils/b.js': "exports.base = 'https://b.example.com';",
      'utils/c.js': "module.exports.base = 'https://c.example.com';",
      'page.js': [
        "const a = require('./utils/a');",
        "const { base } = require('./utils/b.js');",
        "wx.request({ url: a.base + '/1' });",
        "wx.request({ url: base + '/2' });",
        "wx.request({ url: require('./utils/c').base + '/3' });",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://a.example.com/1',
      'request https://b.example.com/2',
      'request https://c.example.com/3',
    ]);
  });

  it('resolves the @/ alias, tsconfig paths, index files, .js written for .ts and JSON modules', async () => {
    const r = await extract({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "#cfg/*": ["src/config/*"] } } }',
      'src/config/index.ts': "export const API = 'https://api.example.com';",
      'src/config/env.ts': "export const WS = 'wss://ws.example.com';",
      'src/config/hosts.json': '{ "cdn": "https://cdn.example.com" }',
      'src/pages/a.ts': [
        "import { API } from '@/config';",
        "import { WS } from '#cfg/env.js';",
        "import hosts from '../config/hosts.json';",
        "uni.request({ url: API + '/a' });",
        'uni.connectSocket({ url: WS });',
        "uni.downloadFile({ url: hosts.cdn + '/f' });",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'downloadFile https://cdn.example.com/f',
      'request https://api.example.com/a',
      'socket wss://ws.example.com',
    ]);
  });

  it('resolves `/utils/x` from the mini program root (the folder with app.json)', async () => {
    const r = await extract({
      'miniprogram/app.json': '{}',
      'miniprogram/utils/config.js': "module.exports = { API: 'https://api.example.com' };",
      'miniprogram/pages/a/a.js': "const { API } = require('/utils/config.js');\nwx.request({ url: API });",
    });
    assert.deepEqual(urls(r), ['request https://api.example.com']);
  });

  it('reads .env files for process.env and import.meta.env, and reports names no file defines', async () => {
    const r = await extract({
      '.env.development': 'VITE_API=https://dev.example.com\nVUE_APP_API="https://vue-dev.example.com"',
      '.env.production': 'VITE_API=https://api.example.com',
      'a.js': [
        "uni.request({ url: import.meta.env.VITE_API + '/a' });",
        "uni.request({ url: process.env.VUE_APP_API + '/b' });",
        "uni.request({ url: process.env.UNDEFINED_API + '/c' });",
        'const { VITE_API } = import.meta.env;',
        'uni.request({ url: VITE_API });',
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com',
      'request https://api.example.com/a',
      'request https://dev.example.com',
      'request https://dev.example.com/a',
      'request https://vue-dev.example.com/b',
    ]);
    assert.deepEqual(unresolvedLines(r), ['request runtime-value ${process.env.UNDEFINED_API}/c']);
    assert.deepEqual(r.endpoints.find((e) => e.url.endsWith('/b'))?.definedAt, {
      file: '.env.development',
      line: 2,
      column: 14,
    });
  });

  it('reads ext.json for getExtConfigSync(), and reports it as ext-config when the file is not in the repository', async () => {
    const code = "const ext = wx.getExtConfigSync();\nwx.request({ url: ext.apiBase + '/x' });";
    const withFile = await extract({
      'ext.json': '{ "extEnable": true, "ext": { "apiBase": "https://tenant.example.com" } }',
      'a.js': code,
    });
    assert.deepEqual(urls(withFile), ['request https://tenant.example.com/x']);
    const without = await extract({ 'a.js': code });
    assert.deepEqual(unresolvedLines(without), ['request ext-config ${ext.apiBase}/x']);
  });

  it('reads getApp().globalData from the App() in app.js', async () => {
    const r = await extract({
      'app.js': "App({ globalData: { api: 'https://api.example.com' } });",
      'pages/a/a.js':
        "const app = getApp();\nPage({ onLoad() { wx.request({ url: app.globalData.api + '/me' }); } });",
    });
    assert.deepEqual(urls(r), ['request https://api.example.com/me']);
  });

  it('reads page data through this.data and Vue data through this.x', async () => {
    const r = await extract({
      'pages/a.js':
        "Page({ data: { api: 'https://a.example.com' }, onLoad() { wx.request({ url: this.data.api }); } });",
      'pages/b.vue': [
        '<script>',
        'export default {',
        "  data() { return { api: 'https://b.example.com' }; },",
        "  computed: { full() { return this.api + '/c'; } },",
        '  methods: { load() { uni.request({ url: this.full }); } },',
        '};',
        '</script>',
      ].join('\n'),
    });
    assert.deepEqual(urls(r), ['request https://a.example.com', 'request https://b.example.com/c']);
    assert.equal(r.endpoints.find((e) => e.file === 'pages/b.vue')?.line, 5);
  });

  it('handles TypeScript: enums, casts, non-null assertions, optional chaining', async () => {
    const r = await extract({
      'a.ts': [
        "enum Api { Base = 'https://api.example.com' }",
        "const cfg = { url: 'https://b.example.com' } as const;",
        "wx?.request({ url: (Api.Base as string) + '/a' });",
        'wx.request({ url: cfg!.url satisfies string });',
      ].join('\n'),
    });
    assert.deepEqual(urls(r), ['request https://api.example.com/a', 'request https://b.example.com']);
  });

  it('follows string helpers: trim, concat, replace, join, encodeURIComponent keeps holes', async () => {
    const r = await extract({
      'a.js': [
        "const base = ' https://api.example.com/ '.trim();",
        "wx.request({ url: base.concat('x') });",
        "wx.request({ url: ['https://b.example.com', 'v1', 'y'].join('/') });",
        "wx.request({ url: 'https://c.example.com/{v}'.replace('{v}', 'v2') });",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com/x',
      'request https://b.example.com/v1/y',
      'request https://c.example.com/v2',
    ]);
  });

  it('iterates arrays of URLs given to forEach/map', async () => {
    const r = await extract({
      'a.js':
        "const HOSTS = ['https://a.example.com', 'https://b.example.com'];\nHOSTS.forEach((h) => wx.request({ url: h + '/ping' }));",
    });
    assert.deepEqual(urls(r), ['request https://a.example.com/ping', 'request https://b.example.com/ping']);
    assert.deepEqual(r.unresolved, []);
  });
});

describe('wrappers', () => {
  it('reports a wrapper called with literal paths at each call site, classified by the API it calls', async () => {
    const r = await extract({
      'utils/request.js': [
        "import { BASE } from './config';",
        'export function request(path, data, method = "GET") {',
        '  return new Promise((resolve, reject) => {',
        '    wx.request({ url: BASE + path, data, method, success: (res) => resolve(res.data), fail: reject });',
        '  });',
        '}',
        "export const upload = (path, filePath) => wx.uploadFile({ url: BASE + path, filePath, name: 'f' });",
      ].join('\n'),
      'utils/config.js': "export const BASE = 'https://api.example.com';",
      'pages/a.js':
        "import { request, upload } from '../utils/request';\nrequest('/user');\nupload('/avatar', 'x');",
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.file}:${e.line} ${e.api} ${e.list} ${e.url}`),
      [
        'pages/a.js:2 wx.request request https://api.example.com/user',
        'pages/a.js:3 wx.uploadFile uploadFile https://api.example.com/avatar',
      ],
    );
    assert.deepEqual(r.endpoints[0]?.definedAt, { file: 'utils/config.js', line: 1, column: 21 });
    assert.deepEqual(r.unresolved, []);
  });

  it('follows wrappers of wrappers, object methods, and arguments that are objects', async () => {
    const r = await extract({
      'http.js': [
        "const BASE = 'https://api.example.com';",
        'function raw(options) { return wx.request({ ...options, url: BASE + options.url }); }',
        'export const http = {',
        "  get(url, data) { return raw({ url, data, method: 'GET' }); },",
        "  post(url, data) { return raw({ url, data, method: 'POST' }); },",
        '};',
      ].join('\n'),
      'api.js':
        "import { http } from './http';\nexport const list = () => http.get('/items');\nexport const save = (item) => http.post('/items/' + item.id, item);",
      'page.js': "import { save } from './api';\nsave({ id: 7 });",
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.file}:${e.line} ${e.url}`),
      ['api.js:2 https://api.example.com/items', 'page.js:2 https://api.example.com/items/7'],
    );
  });

  it('follows class-based wrappers with the base given to the constructor', async () => {
    const r = await extract({
      'http.ts': [
        'export class Http {',
        '  private base: string;',
        '  constructor(base: string) { this.base = base; }',
        '  get(path: string) { return Taro.request({ url: `${this.base}${path}` }); }',
        '}',
        "export const api = new Http('https://api.example.com');",
      ].join('\n'),
      'page.ts': "import Taro from '@tarojs/taro';\nimport { api } from './http';\napi.get('/me');",
    });
    assert.deepEqual(urls(r), ['request https://api.example.com/me']);
  });

  it('reports a wrapper nobody calls at its own body, with the parameter shown', async () => {
    const r = await extract({
      'request.js':
        "const BASE = 'https://api.example.com';\nexport function request(path) { return wx.request({ url: BASE + path }); }",
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.file}:${e.line} ${e.url}`),
      ['request.js:2 https://api.example.com${path}'],
    );
  });

  it('reports a call whose URL comes from a run-time value as unresolved at the call site', async () => {
    const r = await extract({
      'request.js': 'export function request(url) { return wx.request({ url }); }',
      'page.js': [
        "import { request } from './request';",
        'Page({ onLoad(options) { request(options.next); } });',
        "wx.request({ url: 'https://api.example.com/config', success: (res) => wx.downloadFile({ url: res.data.file }) });",
      ].join('\n'),
    });
    assert.deepEqual(
      r.endpoints.map((e) => e.url),
      ['https://api.example.com/config'],
    );
    assert.deepEqual(
      r.unresolved.map((u) => `${u.file}:${u.line} ${u.api} ${u.list} ${u.reason} ${u.expression}`),
      [
        'page.js:2 wx.request request runtime-value ${options.next}',
        'page.js:3 wx.downloadFile downloadFile runtime-value ${res.data.file}',
      ],
    );
  });

  it('reports URLs imported from a package outside the project as unknown-import', async () => {
    const r = await extract({
      'a.js': "import { API_BASE } from '@company/shared-config';\nwx.request({ url: API_BASE + '/x' });",
    });
    assert.deepEqual(
      r.unresolved.map((u) => u.reason),
      ['unknown-import'],
    );
  });

  it('follows Object.assign option merging and static class methods', async () => {
    const r = await extract({
      'http.js': [
        "const BASE = 'https://api.example.com';",
        'function raw(options) {',
        "  return wx.request(Object.assign({}, { method: 'GET' }, options, { url: BASE + options.url }));",
        '}',
        'export class Api {',
        "  static prefix = '/v2';",
        '  static get(url) { return raw({ url: Api.prefix + url }); }',
        '}',
      ].join('\n'),
      'page.js':
        "import { Api } from './http';\nApi.get('/me');\nwx.request({ url: String('https://s.example.com/') + encodeURIComponent('a b') });",
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com/v2/me',
      'request https://s.example.com/a%20b',
    ]);
  });

  it('follows callbacks that a project function calls with its own arguments', async () => {
    const r = await extract({
      'a.js': [
        "const BASE = 'https://api.example.com';",
        "function withRetry(send) { return send('/first'); }",
        'withRetry((path) => wx.request({ url: BASE + path }));',
      ].join('\n'),
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.line} ${e.url}`),
      ['3 https://api.example.com/first'],
    );
    assert.deepEqual(r.unresolved, []);
  });

  it('supports call, apply and bind', async () => {
    const r = await extract({
      'a.js': [
        "function go(path) { return wx.request({ url: 'https://api.example.com' + path }); }",
        "go.call(null, '/a');",
        "go.apply(null, ['/b']);",
        "const bound = go.bind(null);\nbound('/c');",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com/a',
      'request https://api.example.com/b',
      'request https://api.example.com/c',
    ]);
  });
});

describe('HTTP client libraries', () => {
  it('axios.create({ baseURL }) and its get/post/request/instance(config) calls', async () => {
    const r = await extract({
      'http.js': [
        "import axios from 'axios';",
        "const http = axios.create({ baseURL: 'https://api.example.com/v1/' });",
        "http.get('/users');",
        "http.post('orders', {});",
        "http.request({ url: '/r' });",
        "http({ url: '/call' });",
        "http.get('https://other.example.com/abs');",
        "axios.get('https://plain.example.com/x');",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com/v1/call',
      'request https://api.example.com/v1/orders',
      'request https://api.example.com/v1/r',
      'request https://api.example.com/v1/users',
      'request https://other.example.com/abs',
      'request https://plain.example.com/x',
    ]);
    assert.equal(r.endpoints.find((e) => e.url.endsWith('/users'))?.api, 'http.get');
  });

  it('axios defaults.baseURL set after create', async () => {
    const r = await extract({
      'a.js':
        "import axios from 'axios';\nconst api = axios.create();\napi.defaults.baseURL = 'https://api.example.com';\napi.get('/x');",
    });
    assert.deepEqual(urls(r), ['request https://api.example.com/x']);
  });

  it('flyio: new Fly() with fly.config.baseURL', async () => {
    const r = await extract({
      'a.js':
        "const Fly = require('flyio/dist/npm/wx');\nconst fly = new Fly();\nfly.config.baseURL = 'https://fly.example.com';\nfly.get('/a');\nfly.request('/b', {}, { method: 'post' });",
    });
    assert.deepEqual(urls(r), ['request https://fly.example.com/a', 'request https://fly.example.com/b']);
  });

  it('luch-request: new Request({ baseURL }) with upload and download', async () => {
    const r = await extract({
      'a.js':
        "import Request from 'luch-request';\nconst http = new Request({ baseURL: 'https://luch.example.com' });\nhttp.get('/a');\nhttp.upload('/up', { filePath: 'x' });\nhttp.download('/down');",
    });
    assert.deepEqual(urls(r), [
      'downloadFile https://luch.example.com/down',
      'request https://luch.example.com/a',
      'uploadFile https://luch.example.com/up',
    ]);
  });
});

describe('limits', () => {
  it('terminates on recursion, cyclic imports and self-referential values', async () => {
    const r = await extract({
      'a.js': "import { B } from './b';\nexport const A = B + '/a';\nwx.request({ url: A });",
      'b.js': "import { A } from './a';\nexport const B = A + '/b';",
      'c.js': [
        "function f(x) { return f(x + '/again') + 'y'; }",
        "wx.request({ url: f('https://c.example.com') });",
        "let url = 'https://d.example.com';",
        "url = url + '/more';",
        'wx.request({ url });',
        "function loop(p) { return loop(p); }\nloop('/x');",
      ].join('\n'),
    });
    assert.ok(r.endpoints.some((e) => e.host === 'd.example.com'));
    assert.ok(r.unresolved.every((u) => u.reason === 'too-complex' || u.reason === 'runtime-value'));
  });
});

describe('configuration applied at run time', () => {
  it("applies uni.addInterceptor's invoke to relative URLs of that API only", async () => {
    const r = await extract({
      'main.js': [
        "const BASE = 'https://api.example.com';",
        "uni.addInterceptor('request', {",
        '  invoke(args) {',
        "    if (!args.url.startsWith('http')) args.url = BASE + args.url;",
        '  },',
        '});',
      ].join('\n'),
      'pages/a.vue': [
        '<script>',
        'export default {',
        '  onLoad() {',
        "    uni.request({ url: '/user' });",
        "    uni.request({ url: 'https://other.example.com/x' });",
        "    uni.uploadFile({ url: '/up', filePath: 'f', name: 'n' });",
        '  },',
        '};',
        '</script>',
      ].join('\n'),
    });
    assert.deepEqual(urls(r), [
      'request https://api.example.com/user',
      'request https://other.example.com/x',
    ]);
    assert.deepEqual(unresolvedLines(r), ['uploadFile runtime-value /up']);
  });

  it('reads baseURL set by luch-request setConfig and by request interceptors', async () => {
    const r = await extract({
      'http.js': [
        "import Request from 'luch-request';",
        "import Fly from 'flyio';",
        'const http = new Request();',
        "http.setConfig((config) => { config.baseURL = 'https://luch.example.com'; return config; });",
        'const fly = new Fly();',
        "fly.interceptors.request.use((request) => { request.baseURL = 'https://fly.example.com'; return request; });",
        "http.get('/a');",
        "fly.post('/b');",
      ].join('\n'),
    });
    assert.deepEqual(urls(r), ['request https://fly.example.com/b', 'request https://luch.example.com/a']);
  });
});

describe('build-time constants', () => {
  it("reads Taro's defineConstants and Vite's define for global names", async () => {
    const r = await extract({
      'config/index.js':
        "module.exports = { defineConstants: { API_HOST: JSON.stringify('https://taro.example.com') } };",
      'config/prod.js':
        'module.exports = { defineConstants: { API_HOST: \'"https://taro-prod.example.com"\' } };',
      'vite.config.ts':
        "export default defineConfig({ define: { __CDN__: JSON.stringify('https://cdn.example.com'), __DEBUG__: 'false' } });",
      'src/a.ts':
        "declare const API_HOST: string;\nTaro.request({ url: API_HOST + '/a' });\nuni.downloadFile({ url: __CDN__ + '/f' });",
    });
    assert.deepEqual(urls(r), [
      'downloadFile https://cdn.example.com/f',
      'request https://taro-prod.example.com/a',
      'request https://taro.example.com/a',
    ]);
    assert.deepEqual(r.endpoints.find((e) => e.host === 'taro-prod.example.com')?.definedAt, {
      file: 'config/prod.js',
      line: 1,
      column: 51,
    });
  });
});

describe('wrappers shared through the app', () => {
  it('follows methods of App() reached through getApp()', async () => {
    const r = await extract({
      'app.js':
        "App({\n  globalData: { base: 'https://api.example.com' },\n  request(path) { return wx.request({ url: this.globalData.base + path }); },\n});",
      'pages/a/a.js': "const app = getApp();\nPage({ onLoad() { app.request('/me'); } });",
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.file}:${e.line} ${e.url}`),
      ['pages/a/a.js:2 https://api.example.com/me'],
    );
  });

  it('follows Vue.prototype.$http, globalProperties and uni.$http into components that only say this.$http', async () => {
    const r = await extract({
      'common/http.js':
        "export default { get(url) { return uni.request({ url: 'https://api.example.com' + url }); } };",
      'main.js':
        "import Vue from 'vue';\nimport http from './common/http';\nVue.prototype.$http = http;\nuni.$api = http;",
      'main3.js':
        "import { createSSRApp } from 'vue';\nimport http from './common/http';\nexport function createApp() { const app = createSSRApp({}); app.config.globalProperties.$req = http; return { app }; }",
      'pages/a.vue':
        "<script>\nexport default { onLoad() { this.$http.get('/a'); this.$req.get('/c'); } };\n</script>",
      'pages/b.vue': "<script>\nexport default { onLoad() { uni.$api.get('/b'); } };\n</script>",
    });
    assert.deepEqual(
      r.endpoints.map((e) => `${e.file}:${e.line} ${e.url}`),
      [
        'pages/a.vue:2 https://api.example.com/a',
        'pages/a.vue:2 https://api.example.com/c',
        'pages/b.vue:2 https://api.example.com/b',
      ],
    );
  });
});
