import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeRequiredUpdates } from '../../../src/policy/evaluate.js';
import { endpoint, whitelistOf } from '../rules/support.js';

describe('computeRequiredUpdates', () => {
  const whitelist = whitelistOf(`
request:
  - https://api.example.com
  - https://old.example.com
uploadFile:
  - https://upload.example.com
socket:
  - wss://ws.example.com
`);

  it('lists what to type into the console per list, deduplicated, with every use site', () => {
    const { add } = computeRequiredUpdates(
      [
        endpoint('https://new.example.com/a', { file: 'b.js', line: 9 }),
        endpoint('https://NEW.example.com/b', { file: 'a.js', line: 2 }),
        endpoint('https://new.example.com/a', { file: 'b.js', line: 9 }),
        endpoint('https://upload.example.com/list', { file: 'c.js', line: 1 }),
        endpoint('wss://chat.example.com:9000/s', { file: 'd.js', line: 4 }),
        endpoint('https://pin.example.com:8443/x', { file: 'e.js', line: 5 }),
        endpoint('https://h5.example.com/page', { list: 'webview', file: 'f.wxml', line: 3 }),
        endpoint('tcp://tcp.example.com:7000', { list: 'tcp', file: 'g.js', line: 8 }),
      ],
      whitelist,
    );
    assert.deepEqual(
      add.map((a) => `${a.list} ${a.origin} ${a.usedAt.map((u) => `${u.file}:${u.line}`).join(',')}`),
      [
        'request https://new.example.com a.js:2,b.js:9',
        'request https://pin.example.com:8443 e.js:5',
        'request https://upload.example.com c.js:1',
        'socket wss://chat.example.com d.js:4',
        'tcp tcp://tcp.example.com g.js:8',
        'webview https://h5.example.com f.wxml:3',
      ],
    );
  });

  it('does not ask to whitelist what only a code change can fix', () => {
    const { add } = computeRequiredUpdates(
      [
        endpoint('http://plain.example.com/'),
        endpoint('https://10.0.0.1/'),
        endpoint('https://localhost/'),
        endpoint('https://api.weixin.qq.com/sns'),
        endpoint('https://api.example.com:443/'),
        endpoint('https://fresh.example.com:443/'),
        endpoint('https://h5.example.com:8443/', { list: 'webview' }),
        endpoint('https://mp.weixin.qq.com/s/abc', { list: 'webview' }),
        endpoint('https://bad_host.example.com/'),
      ],
      whitelist,
    );
    assert.deepEqual(add, []);
  });

  it('lists entries that nothing uses, where they are written', () => {
    const { remove } = computeRequiredUpdates(
      [
        endpoint('https://api.example.com/'),
        endpoint('wss://ws.example.com/s'),
        endpoint('https://upload.example.com/', { list: 'uploadFile' }),
      ],
      whitelist,
    );
    assert.deepEqual(remove, [
      {
        list: 'request',
        origin: 'https://old.example.com',
        definedAt: { file: 'mp-domains.yml', line: 4, column: 5 },
      },
    ]);
  });

  it('adds Alipay upload hosts to its one server whitelist', () => {
    const alipay = whitelistOf('platform: alipay\nrequest: []\n');
    const { add } = computeRequiredUpdates(
      [
        endpoint('https://up.example.com/', { list: 'uploadFile' }),
        endpoint('https://dl.example.com/', { list: 'downloadFile' }),
      ],
      alipay,
    );
    assert.deepEqual(
      add.map((a) => `${a.list} ${a.origin}`),
      ['request https://up.example.com'],
    );
  });
});
