import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderJson } from '../../../src/report/json.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { cell, code } from '../../../src/report/markdown-escape.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { renderText } from '../../../src/report/text.js';
import { endpoint, finding, probeResult, report, verbatim } from '../../helpers/reports.js';

describe('JSON report', () => {
  it('has endpoints and findings in the documented shape, messages in the chosen language', () => {
    const doc = JSON.parse(
      renderJson(report({ endpoints: [endpoint({ definedAt: { file: 'config.js', line: 2 } })] }), 'zh-CN'),
    );
    assert.deepEqual(
      Object.keys(doc.endpoints[0]).sort(),
      [
        'api',
        'column',
        'definedAt',
        'file',
        'host',
        'line',
        'list',
        'origin',
        'port',
        'scheme',
        'url',
      ].sort(),
    );
    assert.equal(doc.endpoints[0].port, null);
    assert.equal(doc.findings[0].ruleId, 'not-whitelisted');
    assert.match(doc.findings[0].message, /配置错误/);
    assert.equal(doc.summary.errors, 1);
  });
});

describe('SARIF report', () => {
  it('is SARIF 2.1.0 with fingerprints and places host-only findings at a using endpoint', () => {
    const hostOnly = finding({
      ruleId: 'cert-expired',
      file: undefined,
      line: undefined,
      column: undefined,
      fingerprint: 'feedfacefeedface',
    });
    const log = JSON.parse(renderSarif(report({ findings: [finding(), hostOnly] }), 'en'));
    assert.equal(log.version, '2.1.0');
    const [first, second] = log.runs[0].results;
    assert.equal(first.partialFingerprints['mpDomainGuard/v1'], '0123456789abcdef');
    assert.equal(first.level, 'error');
    assert.equal(second.locations[0].physicalLocation.artifactLocation.uri, 'pages/index/index.js');
    assert.equal(second.locations[0].physicalLocation.region.startLine, 12);
  });
});

describe('text report', () => {
  it('groups by console list with file:line and lists the console entries to add', () => {
    const text = renderText(report(), 'en', { color: false });
    assert.match(text, /Console list: request\n {2}error +not-whitelisted {2}pages\/index\/index\.js:12:5/);
    assert.match(text, /request: add https:\/\/api\.example\.com\n {4}used at pages\/index\/index\.js:12/);
    assert.ok(!text.includes('\u001b['), 'no ANSI escapes');
    assert.ok(renderText(report(), 'en', { color: true }).includes('\u001b[31m'), 'errors in red');
  });

  it('is fully Chinese with --lang zh-CN', () => {
    const text = renderText(report({ probes: [probeResult()] }), 'zh-CN', { color: false });
    assert.match(text, /后台列表：request 合法域名/);
    assert.match(text, /剩余 10 天/);
    assert.match(text, /需要在后台修改的域名/);
  });

  it('says when nothing needs to change', () => {
    const text = renderText(report({ findings: [], requiredUpdates: { add: [], remove: [] } }), 'en', {
      color: false,
    });
    assert.match(text, /No console change is needed/);
    assert.match(text, /0 errors, 0 warnings, 0 notices/);
  });
});

describe('Markdown report', () => {
  it('escapes hostile text and gives a paste-ready block per list', () => {
    const hostile = finding({ message: verbatim('a | b <script>alert(1)</script>\nnext') });
    const md = renderMarkdown(report({ findings: [hostile] }), 'en');
    assert.match(md, /a \\\| b &lt;script&gt;alert\(1\)&lt;\/script&gt;<br>next/);
    assert.match(md, /```text\nhttps:\/\/api\.example\.com\n```/);
  });

  it('code() survives backticks', () => {
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(cell('x|y'), 'x\\|y');
  });
});

describe('fingerprints', () => {
  it('stay unique when the same URL is called twice in a file', async () => {
    const { disambiguateFingerprints } = await import('../../../src/engine/sort.js');
    const out = disambiguateFingerprints([
      finding({ line: 3 }),
      finding({ line: 9 }),
      finding({ line: 20, fingerprint: 'other' }),
    ]);
    assert.equal(new Set(out.map((f) => f.fingerprint)).size, 3);
    assert.equal(out[0]?.fingerprint, '0123456789abcdef');
  });
});
