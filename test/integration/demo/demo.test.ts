import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runDemo } from '../../../demo/run.js';

/** The demo runs the committed action bundle (dist/index.js), so this also proves the bundle works. */
describe('npm run demo', { timeout: 60_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`shows the review and the summary comment (${lang}) in under 15 s and cleans up`, async () => {
      let out = '';
      const started = Date.now();
      const code = await runDemo(lang, (text) => (out += text));
      const elapsed = Date.now() - started;
      assert.equal(code, 1, 'the sample pull request has errors, so the action fails its step');
      assert.ok(elapsed < 15_000, `demo took ${elapsed} ms`);
      for (const rule of [
        'not-whitelisted',
        'scheme-not-secure',
        'port-mismatch',
        'cert-chain-incomplete',
        'tls12-unsupported',
        'cert-expiring-soon',
      ]) {
        assert.ok(out.includes(rule), `${rule} shown`);
      }
      assert.match(out, /pages\/profile\/profile\.js/);
      assert.match(out, /https:\/\/cart\.demo-shop\.cn\n/);
      if (lang === 'zh-CN') {
        assert.match(out, /汇总评论/);
        assert.match(out, /需要在小程序后台修改的服务器域名|后台/);
      } else {
        assert.match(out, /Required backend domain updates/);
      }
      assert.match(out, lang === 'en' ? /All servers stopped/ : /所有服务器已停止/);
    });
  }
});
