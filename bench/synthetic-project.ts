import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * A synthetic native WeChat mini program for the scan benchmark: config modules with an environment map, a
 * request wrapper, API service modules, pages that call the wrapper and the wx APIs directly, components with
 * no network code, utility modules, WXML templates (some with <web-view>), page JSON. Deterministic.
 */
export interface SyntheticSpec {
  /** Source files to write (.js and .wxml), about 80 lines each. */
  readonly sourceFiles: number;
}

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONFIG = `// Environment-dependent API origins.
const { envVersion } = wx.getAccountInfoSync().miniProgram;
const HOSTS = {
  develop: 'https://dev-api.example.com',
  trial: 'https://trial-api.example.com',
  release: 'https://api.example.com',
};
export const BASE_URL = HOSTS[envVersion] || HOSTS.release;
export const UPLOAD_URL = 'https://upload.example.com/v1/files';
export const CDN = 'https://cdn.example.com';
export const SOCKET_URL = 'wss://ws.example.com/live';
export default { BASE_URL, UPLOAD_URL, CDN, SOCKET_URL };
`;

const REQUEST = `import { BASE_URL } from './config';

const TIMEOUT = 15000;

function buildHeaders(extra) {
  const token = wx.getStorageSync('token');
  return Object.assign({ 'content-type': 'application/json' }, token ? { Authorization: 'Bearer ' + token } : {}, extra);
}

export function request(path, data = {}, method = 'GET', headers = {}) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: BASE_URL + path,
      data,
      method,
      timeout: TIMEOUT,
      header: buildHeaders(headers),
      success(res) {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.data);
        else reject(new Error('HTTP ' + res.statusCode));
      },
      fail: reject,
    });
  });
}

export const get = (path, data) => request(path, data, 'GET');
export const post = (path, data) => request(path, data, 'POST');
`;

function serviceModule(i: number, r: () => number): string {
  const lines = [`import { get, post } from '../utils/request';`, ``, `// Service ${i}: generated.`];
  const n = 12 + Math.floor(r() * 8);
  for (let k = 0; k < n; k++) {
    lines.push(`/** Fetches resource ${k} of service ${i}. */`);
    lines.push(`export function fetch${k}(id, params) {`);
    lines.push(`  const query = Object.assign({ page: 1, size: 20 }, params);`);
    lines.push(`  return ${k % 3 === 0 ? 'post' : 'get'}('/s${i}/r${k}/' + id, query);`);
    lines.push(`}`);
  }
  return lines.join('\n') + '\n';
}

function pageScript(i: number, services: number, r: () => number): string {
  const s = Math.floor(r() * services);
  const lines = [
    `import { request } from '../../utils/request';`,
    `import { CDN, UPLOAD_URL } from '../../utils/config';`,
    `import * as svc from '../../services/service${s}';`,
    `import { formatTime, clamp } from '../../utils/util${i % 40}';`,
    ``,
    `const PAGE_SIZE = 20;`,
    ``,
    `Page({`,
    `  data: {`,
    `    list: [],`,
    `    loading: false,`,
    `    banner: CDN + '/banners/p${i}.png',`,
    `    page: 1,`,
    `  },`,
    `  onLoad(options) {`,
    `    this.id = options.id;`,
    `    this.load(1);`,
    `  },`,
    `  load(page) {`,
    `    this.setData({ loading: true });`,
    `    svc.fetch${Math.floor(r() * 10)}(this.id, { page, size: PAGE_SIZE }).then((res) => {`,
    `      const items = (res.items || []).map((x) => ({ ...x, time: formatTime(x.time) }));`,
    `      this.setData({ list: page === 1 ? items : this.data.list.concat(items), loading: false, page });`,
    `    });`,
    `  },`,
    `  onPullDownRefresh() {`,
    `    this.load(1);`,
    `    wx.stopPullDownRefresh();`,
    `  },`,
    `  onReachBottom() {`,
    `    this.load(clamp(this.data.page + 1, 1, 99));`,
    `  },`,
  ];
  const extra = 6 + Math.floor(r() * 6);
  for (let k = 0; k < extra; k++) {
    switch ((i + k) % 6) {
      case 0:
        lines.push(
          `  submit${k}(e) {`,
          `    return request('/p${i}/submit${k}', e.detail.value, 'POST');`,
          `  },`,
        );
        break;
      case 1:
        lines.push(
          `  upload${k}() {`,
          `    wx.chooseImage({`,
          `      count: 1,`,
          `      success: (res) => {`,
          `        wx.uploadFile({ url: UPLOAD_URL, filePath: res.tempFilePaths[0], name: 'file' });`,
          `      },`,
          `    });`,
          `  },`,
        );
        break;
      case 2:
        lines.push(
          `  download${k}() {`,
          `    wx.downloadFile({`,
          `      url: \`\${CDN}/docs/p${i}-${k}.pdf\`,`,
          `      success: (res) => wx.openDocument({ filePath: res.tempFilePath }),`,
          `    });`,
          `  },`,
        );
        break;
      case 3:
        lines.push(
          `  preview${k}() {`,
          `    wx.previewImage({ urls: [this.data.banner] });`,
          `  },`,
          `  image${k}() {`,
          `    wx.getImageInfo({ src: this.data.banner });`,
          `  },`,
        );
        break;
      case 4:
        lines.push(
          `  tap${k}(e) {`,
          `    const { index } = e.currentTarget.dataset;`,
          `    const item = this.data.list[index];`,
          `    if (!item) return;`,
          `    wx.navigateTo({ url: '/pages/detail/detail?id=' + item.id });`,
          `  },`,
        );
        break;
      default:
        lines.push(
          `  stats${k}() {`,
          `    wx.request({ url: 'https://stats.example.com/collect', method: 'POST', data: { page: ${i}, k: ${k} } });`,
          `  },`,
        );
    }
  }
  lines.push(
    `  onShareAppMessage() {`,
    `    return { title: 'Page ${i}', path: '/pages/p${i}/index' };`,
    `  },`,
    `});`,
  );
  return lines.join('\n') + '\n';
}

function pageTemplate(i: number, r: () => number): string {
  const lines = [`<view class="page">`];
  if (i % 25 === 0) lines.push(`  <web-view src="https://h5.example.com/p${i}"></web-view>`);
  lines.push(`  <image class="banner" src="{{banner}}" mode="aspectFill"></image>`);
  const n = 20 + Math.floor(r() * 30);
  for (let k = 0; k < n; k++) {
    lines.push(`  <view class="row row-${k}" wx:if="{{list.length > ${k}}}">`);
    lines.push(`    <text class="title">{{list[${k}].title}}</text>`);
    lines.push(`  </view>`);
  }
  lines.push(`  <view wx:if="{{loading}}" class="loading">loading</view>`, `</view>`);
  return lines.join('\n') + '\n';
}

function componentScript(i: number, r: () => number): string {
  const lines = [`Component({`, `  options: { multipleSlots: true },`, `  properties: {`];
  const props = 5 + Math.floor(r() * 10);
  for (let k = 0; k < props; k++) lines.push(`    prop${k}: { type: String, value: '' },`);
  lines.push(`  },`, `  data: { expanded: false, count: 0 },`, `  methods: {`);
  const methods = 8 + Math.floor(r() * 10);
  for (let k = 0; k < methods; k++) {
    lines.push(
      `    handle${k}(e) {`,
      `      const value = e.detail && e.detail.value;`,
      `      this.setData({ count: this.data.count + ${k}, expanded: !this.data.expanded });`,
      `      this.triggerEvent('change${k}', { value, index: ${i} });`,
      `    },`,
    );
  }
  lines.push(`  },`, `});`);
  return lines.join('\n') + '\n';
}

function componentTemplate(i: number, r: () => number): string {
  const lines = [`<view class="c${i}">`];
  const n = 15 + Math.floor(r() * 20);
  for (let k = 0; k < n; k++)
    lines.push(`  <view class="cell" bindtap="handle${k % 8}">{{prop${k % 5}}}</view>`);
  lines.push(`  <slot></slot>`, `</view>`);
  return lines.join('\n') + '\n';
}

function utilModule(i: number, r: () => number): string {
  const lines = [`// Utilities ${i}.`];
  lines.push(
    `export function formatTime(ts) {`,
    `  const d = new Date(ts);`,
    `  const pad = (n) => (n < 10 ? '0' + n : '' + n);`,
    `  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());`,
    `}`,
    `export function clamp(v, lo, hi) {`,
    `  return Math.min(hi, Math.max(lo, v));`,
    `}`,
  );
  const n = 10 + Math.floor(r() * 10);
  for (let k = 0; k < n; k++) {
    lines.push(
      `export function helper${k}(list) {`,
      `  return list.filter((x) => x && x.k${k}).map((x) => x.k${k} * ${k + 1});`,
      `}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Writes the project under `root`; returns the number of source files and lines written. */
export async function writeSyntheticProject(
  root: string,
  spec: SyntheticSpec,
): Promise<{ files: number; lines: number; bytes: number }> {
  const r = rng(20240601);
  const files = new Map<string, string>();
  files.set('app.json', JSON.stringify({ pages: ['pages/p0/index'] }, null, 2));
  files.set(
    'project.config.json',
    JSON.stringify({ appid: 'wx0000000000000000', setting: { urlCheck: false } }, null, 2),
  );
  files.set('app.js', `App({ globalData: { user: null } });\n`);
  files.set('utils/config.js', CONFIG);
  files.set('utils/request.js', REQUEST);
  let sources = 3;
  const services = Math.max(1, Math.round(spec.sourceFiles * 0.04));
  const utils = 40;
  for (let i = 0; i < services; i++) files.set(`services/service${i}.js`, serviceModule(i, r));
  for (let i = 0; i < utils; i++) files.set(`utils/util${i}.js`, utilModule(i, r));
  sources += services + utils;
  const remaining = spec.sourceFiles - sources;
  const pages = Math.floor(remaining * 0.3);
  const components = Math.floor((remaining - 2 * pages) / 2);
  for (let i = 0; i < pages; i++) {
    files.set(`pages/p${i}/index.js`, pageScript(i, services, r));
    files.set(`pages/p${i}/index.wxml`, pageTemplate(i, r));
    files.set(
      `pages/p${i}/index.json`,
      `{ "usingComponents": { "c${i % 50}": "/components/c${i % 50}/index" } }\n`,
    );
  }
  for (let i = 0; i < components; i++) {
    files.set(`components/c${i}/index.js`, componentScript(i, r));
    files.set(`components/c${i}/index.wxml`, componentTemplate(i, r));
  }
  let lines = 0;
  let bytes = 0;
  let count = 0;
  for (const [path, text] of files) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text);
    if (/\.(js|wxml)$/.test(path)) {
      count++;
      lines += text.split('\n').length - 1;
      bytes += Buffer.byteLength(text);
    }
  }
  return { files: count, lines, bytes };
}
