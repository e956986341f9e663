import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { describeFailure, message } from './lib/messages.js';

/**
 * A business domain (web-view) must serve the verification file WeChat issued at its root, byte for byte
 * (platform-rules.md §1.3). Checked when the whitelist entry names the file (`verifyFile`).
 */
export const webviewVerifyFile: TlsRule = {
  meta: {
    id: 'webview-verify-file',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.webview-verify-file.description',
    fix: 'rulesTls.webview-verify-file.fix',
    citation: CITATIONS.wechatWebview,
  },
  check({ observation }) {
    const seen = observation.verifyFile;
    if (!seen) return NOT_APPLICABLE;
    const base = { url: seen.url, file: seen.file.name, host: observation.host };
    if (seen.failure) {
      return fail(
        message('rulesTls.webview-verify-file.unreachable', {
          ...base,
          reason: describeFailure(seen.failure),
        }),
      );
    }
    if (seen.status !== 200) {
      return fail(
        message('rulesTls.webview-verify-file.status', {
          ...base,
          status: seen.status ?? 0,
          location: seen.location ?? '—',
        }),
      );
    }
    if (seen.contentMatches === false) {
      return fail(
        message('rulesTls.webview-verify-file.content', {
          ...base,
          expected: (seen.file.content ?? '').trim(),
          actual: seen.bodyExcerpt ?? '',
        }),
      );
    }
    return PASS;
  },
};
