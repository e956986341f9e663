import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The sample shop's domains and the local server each one is mapped to in the demo. */
export const DEMO_DOMAINS = {
  api: 'api.demo-shop.cn', // good certificate
  cart: 'cart.demo-shop.cn', // certificate expiring in 10 days
  help: 'help.demo-shop.cn', // server sends the leaf without its intermediate
  ws: 'ws.demo-shop.cn', // TLS 1.3 only
  upload: 'upload.demo-shop.cn', // good certificate
  img: 'img.demo-shop.cn', // good certificate
} as const;

const BASE_FILES: Readonly<Record<string, string>> = {
  'app.json': JSON.stringify(
    {
      pages: ['pages/index/index', 'pages/profile/profile'],
      window: { navigationBarTitleText: 'Demo Shop' },
    },
    null,
    2,
  ),
  'project.config.json': JSON.stringify(
    { appid: 'wx0000000000000000', setting: { urlCheck: true, es6: true } },
    null,
    2,
  ),
  'mp-domains.yml': `# Mirror of the WeChat console (开发管理 → 开发设置 → 服务器域名 / 业务域名)
platform: wechat
request:
  - https://${DEMO_DOMAINS.api}
uploadFile:
  - https://${DEMO_DOMAINS.upload}
downloadFile:
  - https://${DEMO_DOMAINS.img}
`,
  'utils/config.js': `// Where the backend lives in each environment.
const ENV = {
  develop: 'https://${DEMO_DOMAINS.api}',
  release: 'https://${DEMO_DOMAINS.api}',
};

export const BASE_URL = ENV.release;
`,
  'utils/request.js': `import { BASE_URL } from './config.js';

// Every page calls the backend through this wrapper.
export function request(path, data) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: BASE_URL + path,
      data,
      success: (res) => resolve(res.data),
      fail: reject,
    });
  });
}
`,
  'pages/index/index.js': `import { request } from '../../utils/request.js';

Page({
  data: { products: [] },
  onLoad() {
    request('/v1/products').then((products) => this.setData({ products }));
  },
});
`,
  'pages/index/index.wxml': `<view class="list">
  <block wx:for="{{products}}" wx:key="id">
    <image src="https://${DEMO_DOMAINS.img}/thumbs/{{item.id}}.jpg" />
    <text>{{item.name}}</text>
  </block>
</view>
`,
  'pages/profile/profile.js': `Page({
  chooseAvatar() {
    wx.chooseMedia({
      success: (res) => {
        wx.uploadFile({ url: 'https://${DEMO_DOMAINS.upload}/avatar', filePath: res.tempFiles[0].tempFilePath, name: 'file' });
      },
    });
  },
});
`,
};

/** The pull request: a new domain, a ':443' mistake, an http:// download, a web-view page and a socket. */
const HEAD_CHANGES: Readonly<Record<string, string>> = {
  'app.json': JSON.stringify(
    {
      pages: ['pages/index/index', 'pages/profile/profile', 'pages/cart/cart', 'pages/help/help'],
      window: { navigationBarTitleText: 'Demo Shop' },
    },
    null,
    2,
  ),
  'mp-domains.yml': `# Mirror of the WeChat console (开发管理 → 开发设置 → 服务器域名 / 业务域名)
platform: wechat
request:
  - https://${DEMO_DOMAINS.api}
uploadFile:
  - https://${DEMO_DOMAINS.upload}
downloadFile:
  - https://${DEMO_DOMAINS.img}
socket:
  - wss://${DEMO_DOMAINS.ws}
`,
  'pages/cart/cart.js': `import { request } from '../../utils/request.js';

Page({
  onShow() {
    request('/v1/cart/summary');
    wx.request({ url: 'https://${DEMO_DOMAINS.cart}/v2/cart', method: 'GET' });
  },
  downloadInvoice() {
    wx.downloadFile({ url: 'http://${DEMO_DOMAINS.img}/invoices/latest.pdf' });
  },
  live() {
    wx.connectSocket({ url: 'wss://${DEMO_DOMAINS.ws}/cart-updates' });
  },
});
`,
  'pages/help/help.wxml': `<web-view src="https://${DEMO_DOMAINS.help}/faq"></web-view>
`,
  // The ':443' mistake: the same call, with the default port written out.
  'pages/profile/profile.js': BASE_FILES['pages/profile/profile.js']!.replace(
    `https://${DEMO_DOMAINS.upload}/avatar`,
    `https://${DEMO_DOMAINS.upload}:443/avatar`,
  ),
};

export interface SampleRepository {
  readonly dir: string;
  readonly baseSha: string;
  readonly headSha: string;
}

async function git(dir: string, ...args: string[]): Promise<string> {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Demo',
    GIT_AUTHOR_EMAIL: 'demo@example.com',
    GIT_COMMITTER_NAME: 'Demo',
    GIT_COMMITTER_EMAIL: 'demo@example.com',
    GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
  };
  const { stdout } = await run(
    'git',
    ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    { cwd: dir, env },
  );
  return stdout.trim();
}

async function writeFiles(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text.endsWith('\n') ? text : `${text}\n`);
  }
}

/** Writes the sample mini program into `dir` as a git repository with a base and a head commit. */
export async function createSampleRepository(dir: string): Promise<SampleRepository> {
  await mkdir(dir, { recursive: true });
  await git(dir, 'init', '--quiet');
  await writeFiles(dir, BASE_FILES);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'Demo shop: products and profile');
  const baseSha = await git(dir, 'rev-parse', 'HEAD');
  await writeFiles(dir, HEAD_CHANGES);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'Cart page, help page and live cart updates');
  const headSha = await git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha, headSha };
}
