import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enCatalog } from '../../../src/i18n/catalog.js';
import { CONSOLE_LISTS } from '../../../src/model/lists.js';
import { PLATFORMS } from '../../../src/model/whitelist.js';
import { CITATIONS } from '../../../src/platform/citations.js';
import {
  PLATFORM_FACTS,
  forbiddenHostPlatform,
  platformFacts,
  platformLists,
} from '../../../src/platform/platforms.js';

describe('platform facts', () => {
  it('has one table per platform, each citing platform-rules.md and an https page', () => {
    assert.deepEqual(Object.keys(PLATFORM_FACTS).sort(), [...PLATFORMS].sort());
    for (const platform of PLATFORMS) {
      const facts = platformFacts(platform);
      assert.equal(facts.id, platform);
      assert.match(facts.citation.url, /^https:\/\//);
      assert.match(facts.citation.reference, /^platform-rules\.md §2?\.?\d/);
    }
  });

  it('maps every list to a list the platform has, or to nothing', () => {
    for (const platform of PLATFORMS) {
      const lists = platformLists(platform);
      for (const list of CONSOLE_LISTS) {
        const target = platformFacts(platform).listFor[list];
        if (target !== undefined) assert.ok(lists.includes(target), `${platform} ${list} → ${target}`);
      }
    }
  });

  it('records the documented differences', () => {
    assert.deepEqual(platformLists('wechat'), [...CONSOLE_LISTS]);
    assert.deepEqual(platformLists('alipay'), ['request', 'webview']);
    assert.equal(platformFacts('alipay').listFor.uploadFile, 'request');
    assert.deepEqual(platformLists('qq'), ['request', 'uploadFile', 'downloadFile', 'socket']);
    assert.equal(platformFacts('wechat').hostMatching, 'exact');
    assert.equal(platformFacts('alipay').hostMatching, 'registrable-domain');
    assert.equal(platformFacts('baidu').portPolicy, 'forbidden');
    assert.equal(platformFacts('wechat').maxEntries.request, 200);
    assert.equal(platformFacts('wechat').maxEntries.webview, 300);
    assert.equal(forbiddenHostPlatform('api.weixin.qq.com'), 'wechat');
    assert.equal(forbiddenHostPlatform('api.q.qq.com'), 'qq');
    assert.equal(forbiddenHostPlatform('openapi.baidu.com'), 'baidu');
    assert.equal(forbiddenHostPlatform('api.example.com'), undefined);
  });

  it('names a console path in the catalog for every list a platform has', () => {
    for (const platform of PLATFORMS) {
      for (const list of platformLists(platform)) {
        const key = platformFacts(platform).consolePath[list];
        assert.ok(key && Object.hasOwn(enCatalog, key), `${platform} ${list}`);
      }
    }
  });

  it('cites an https page and a reference section for every rule citation', () => {
    for (const citation of Object.values(CITATIONS)) {
      assert.match(citation.url, /^https:\/\/developers\.weixin\.qq\.com\//);
      assert.match(citation.reference, /^platform-rules\.md §/);
    }
  });
});
