import type { FakeGitHub, FakePullFile } from './fake-github/index.js';

export const TYPICAL_BASE = 'aaaa000000000000000000000000000000000000';
export const TYPICAL_HEAD = 'bbbb000000000000000000000000000000000000';
export const TYPICAL_NUMBER = 7;

/**
 * "A typical run" for the request budget: a pull request of 20 changed files (pages, components, a util, an
 * image, the whitelist itself) that introduces 3 new domains, two of them also added to the whitelist.
 */
export function setUpTypicalPullRequest(fake: FakeGitHub, repoName = 'octo/miniapp'): void {
  const repo = fake.state.repo(repoName) ?? fake.addRepo(repoName);
  const whitelistBase = 'platform: wechat\nrequest:\n  - https://api.example.com\n';
  const whitelistHead = `${whitelistBase}  - https://search.example.com\nuploadFile:\n  - https://upload.example.com\n`;
  const base: Record<string, string> = { 'mp-domains.yml': whitelistBase, 'app.js': 'App({});\n' };
  const head: Record<string, string> = { 'mp-domains.yml': whitelistHead, 'app.js': 'App({});\n' };
  const files: FakePullFile[] = [
    {
      filename: 'mp-domains.yml',
      status: 'modified',
      patch:
        '@@ -1,3 +1,6 @@\n platform: wechat\n request:\n   - https://api.example.com\n+  - https://search.example.com\n+uploadFile:\n+  - https://upload.example.com',
    },
  ];
  for (let i = 0; i < 16; i++) {
    const path = `pages/p${i}/p${i}.js`;
    base[path] =
      `Page({\n  onLoad() {\n    wx.request({ url: 'https://api.example.com/p${i}' });\n  },\n});\n`;
    const extra =
      i === 0
        ? "    wx.request({ url: 'https://search.example.com/q' });\n"
        : i === 1
          ? "    wx.uploadFile({ url: 'https://upload.example.com/f', filePath: 'a', name: 'f' });\n"
          : i === 2
            ? "    wx.request({ url: 'https://stats.example.com/hit' });\n"
            : `    console.log('page ${i}');\n`;
    head[path] = base[path].replace('  },\n', `${extra}  },\n`);
    files.push({
      filename: path,
      status: 'modified',
      patch: `@@ -1,5 +1,6 @@\n Page({\n   onLoad() {\n     wx.request({ url: 'https://api.example.com/p${i}' });\n+${extra.slice(0, -1)}\n   },\n });`,
    });
  }
  head['components/card/card.wxml'] = '<view class="card">{{title}}</view>\n';
  files.push({
    filename: 'components/card/card.wxml',
    status: 'added',
    patch: '@@ -0,0 +1 @@\n+<view class="card">{{title}}</view>',
  });
  head['utils/format.js'] = 'export const money = (n) => `¥${n}`;\n';
  files.push({
    filename: 'utils/format.js',
    status: 'added',
    patch: '@@ -0,0 +1 @@\n+export const money = (n) => `¥${n}`;',
  });
  files.push({ filename: 'images/banner.png', status: 'added' });
  repo.setTree(TYPICAL_BASE, base);
  repo.setTree(TYPICAL_HEAD, { ...head, 'images/banner.png': '' });
  repo.commits.push({
    sha: 'c0ffee0000000000000000000000000000000000',
    date: new Date().toISOString(),
    paths: ['mp-domains.yml'],
  });
  fake.addPull(repoName, {
    number: TYPICAL_NUMBER,
    head: { sha: TYPICAL_HEAD, ref: 'feature/search', repoFullName: repoName },
    base: { sha: TYPICAL_BASE, ref: 'main' },
    files,
  });
}

/** The pull_request payload for it (only the fields the action reads, as GitHub sends them). */
export function typicalEvent(
  repoName = 'octo/miniapp',
): Record<string, unknown> & { pull_request: Record<string, unknown> & { head: { sha: string } } } {
  const repo = {
    full_name: repoName,
    name: repoName.split('/')[1],
    owner: { login: repoName.split('/')[0] },
  };
  const head = { sha: TYPICAL_HEAD, ref: 'feature/search', repo };
  const pullRequest = { number: TYPICAL_NUMBER, head, base: { sha: TYPICAL_BASE, ref: 'main', repo } };
  return { action: 'synchronize', number: TYPICAL_NUMBER, pull_request: pullRequest, repository: repo };
}
