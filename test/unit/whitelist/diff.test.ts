import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffWhitelists, parseWhitelist } from '../../../src/whitelist/parse.js';

const wl = (text: string) => parseWhitelist(text, 'mp-domains.yml').whitelist;

describe('diffWhitelists', () => {
  it('reports added and removed entries by list and normalised origin, ignoring positions and spelling', () => {
    const base = wl(
      'request:\n  - https://api.example.com\n  - https://old.example.com\nsocket: [wss://ws.example.com]\n',
    );
    const head = wl(
      '# moved down\nrequest:\n  - https://API.example.com.\n  - https://new.example.com\nuploadFile: [https://api.example.com]\nsocket: [wss://ws.example.com]\n',
    );
    const { added, removed } = diffWhitelists(base, head);
    assert.deepEqual(
      added.map((e) => `${e.list} ${e.origin} ${e.line}`),
      ['request https://new.example.com 4', 'uploadFile https://api.example.com 5'],
    );
    assert.deepEqual(
      removed.map((e) => `${e.list} ${e.origin} ${e.line}`),
      ['request https://old.example.com 3'],
    );
  });

  it('treats a port as part of the origin', () => {
    const { added, removed } = diffWhitelists(
      wl('request: [https://a.example.com]\n'),
      wl('request: [https://a.example.com:8443]\n'),
    );
    assert.deepEqual(
      [added.map((e) => e.origin), removed.map((e) => e.origin)],
      [['https://a.example.com:8443'], ['https://a.example.com']],
    );
  });

  it('finds nothing between a YAML file and the same lists as modify_domain JSON', () => {
    const yaml = wl('request: [https://www.qq.com]\nsocket: [wss://www.qq.com]\n');
    const json = wl(
      '{"requestdomain": ["https://www.qq.com"], "wsrequestdomain": ["wss://www.qq.com"], "errcode": 0}',
    );
    assert.deepEqual(diffWhitelists(yaml, json), { added: [], removed: [] });
  });
});
