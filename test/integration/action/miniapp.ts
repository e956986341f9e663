import type { FakeGitHub, FakePullFile } from '../../helpers/fake-github/index.js';
import { addedFilePatch, BASE_SHA, HEAD_SHA } from './harness.js';

/** A later push of the same pull request: the insecure download is gone. */
export const HEAD2_SHA = '3333333333333333333333333333333333333333';

export const WHITELIST = `platform: wechat
request:
  - https://api.example.com
  - https://old.example.com
`;

const ORDERS_BASE = `const API = 'https://api.example.com';

Page({
  onLoad() {
    wx.request({ url: \`\${API}/orders\` });
  },
});
`;

export const ORDERS_HEAD = `const API = 'https://api.example.com';
const ORDERS = 'https://orders.example.com';

Page({
  onLoad() {
    wx.request({ url: \`\${API}/orders\` });
    wx.request({ url: ORDERS + '/v2/list' });
    wx.connectSocket({ url: 'wss://live.example.com/status' });
    wx.downloadFile({ url: 'http://cdn.example.com/a.png' });
  },
});
`;

const ORDERS_PATCH = `@@ -1,7 +1,11 @@
 const API = 'https://api.example.com';
+const ORDERS = 'https://orders.example.com';
 
 Page({
   onLoad() {
     wx.request({ url: \`\${API}/orders\` });
+    wx.request({ url: ORDERS + '/v2/list' });
+    wx.connectSocket({ url: 'wss://live.example.com/status' });
+    wx.downloadFile({ url: 'http://cdn.example.com/a.png' });
   },
 });`;

const ORDERS_HEAD2 = ORDERS_HEAD.replace(
  "    wx.downloadFile({ url: 'http://cdn.example.com/a.png' });\n",
  '',
);
const ORDERS_PATCH2 = ORDERS_PATCH.replace(
  "\n+    wx.downloadFile({ url: 'http://cdn.example.com/a.png' });",
  '',
).replace('+1,11', '+1,10');

/** GitHub sends no patch for this added file (as for a file past its patch limit). */
export const UPLOAD_PAGE = `Page({
  onShow() {
    wx.uploadFile({ url: 'https://upload.example.com/photos', filePath: 'a.jpg', name: 'photo' });
  },
});
`;

/**
 * octo/miniapp: a whitelist with request entries; pull request 42 adds an orders service, a live socket, an
 * insecure download (pages/orders/orders.js, with a patch) and an upload page that comes without a patch.
 */
export function setUpMiniapp(fake: FakeGitHub, options: { number?: number; headRepo?: string } = {}): void {
  const repo = fake.state.repo('octo/miniapp') ?? fake.addRepo('octo/miniapp');
  const base = { 'mp-domains.yml': WHITELIST, 'app.js': 'App({});\n', 'pages/orders/orders.js': ORDERS_BASE };
  repo.setTree(BASE_SHA, base);
  repo.setTree(HEAD_SHA, {
    ...base,
    'pages/orders/orders.js': ORDERS_HEAD,
    'pages/upload/upload.js': UPLOAD_PAGE,
    'assets/logo.png': { binary: Buffer.from([137, 80, 78, 71]) },
  });
  repo.setTree(HEAD2_SHA, {
    ...base,
    'pages/orders/orders.js': ORDERS_HEAD2,
    'pages/upload/upload.js': UPLOAD_PAGE,
  });
  const files: FakePullFile[] = [
    {
      filename: 'pages/orders/orders.js',
      status: 'modified',
      patch: ORDERS_PATCH,
      additions: 4,
      deletions: 0,
    },
    { filename: 'pages/upload/upload.js', status: 'added', additions: 5, deletions: 0 },
    { filename: 'assets/logo.png', status: 'added', additions: 0, deletions: 0 },
  ];
  fake.addPull('octo/miniapp', {
    number: options.number ?? 42,
    head: { sha: HEAD_SHA, ref: 'feature/orders', repoFullName: options.headRepo ?? 'octo/miniapp' },
    base: { sha: BASE_SHA, ref: 'main' },
    files,
  });
}

/** The later push: the pull request's head moves and its patch loses the insecure download. */
export function pushHead2(fake: FakeGitHub, number = 42): void {
  const pull = fake.repo('octo/miniapp').pulls.get(number);
  if (!pull) throw new Error('no pull request');
  pull.head.sha = HEAD2_SHA;
  pull.files = [
    {
      filename: 'pages/orders/orders.js',
      status: 'modified',
      patch: ORDERS_PATCH2,
      additions: 3,
      deletions: 0,
    },
    { filename: 'pages/upload/upload.js', status: 'added', additions: 5, deletions: 0 },
  ];
}

export { addedFilePatch };
