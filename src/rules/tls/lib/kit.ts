import type { LocalizedText } from '../../../i18n/types.js';
import type { Citation, Rule } from '../../types.js';
import type { ParsedCertificate } from './certificate.js';
import { displayName } from './certificate.js';
import type { ChainAnalysis } from './chain.js';
import type { TlsRuleContext, TlsSubject } from './context.js';
import { message } from './messages.js';

/** A TLS rule: pure, over one host's observation and its analysed chain. */
export type TlsRule = Rule<TlsSubject, TlsRuleContext>;

/** Sources of the TLS rules, as recorded in shared/docs (tls-rules.md, platform-rules.md). */
export const CITATIONS = {
  wechatCertificate: {
    title: 'WeChat mini program network guide: HTTPS certificate requirements',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html',
    reference: 'tls-rules.md §1 (WeChat)',
  },
  wechatDomains: {
    title: 'WeChat mini program network guide: server domains',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html',
    reference: 'platform-rules.md §1.1',
  },
  wechatWebview: {
    title: 'WeChat web-view: business domains and the verification file',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/component/web-view.html',
    reference: 'platform-rules.md §1.3',
  },
  appleAts: {
    title: 'Apple: Preventing insecure network connections (App Transport Security)',
    url: 'https://developer.apple.com/documentation/security/preventing-insecure-network-connections',
    reference: 'tls-rules.md §1 (Apple ATS)',
  },
  appleIos13: {
    title: 'Apple: Requirements for trusted certificates in iOS 13 and macOS 10.15',
    url: 'https://support.apple.com/en-us/103769',
    reference: 'tls-rules.md §1 (Apple certificate rules)',
  },
  apple398: {
    title: 'Apple: About upcoming limits on trusted certificates (398 days)',
    url: 'https://support.apple.com/102028',
    reference: 'tls-rules.md §1 (Apple certificate rules)',
  },
  appleCt: {
    title: "Apple's Certificate Transparency policy",
    url: 'https://support.apple.com/en-us/103214',
    reference: 'tls-rules.md §1 (Apple certificate rules)',
  },
  appleWwdc17: {
    title: 'WWDC17: Your apps and evolving network security standards',
    url: 'https://github.com/erenkabakci/WWDC-Recap/blob/master/WWDC17/Technical%20Sessions/Your_apps_and_evolving_network_standards.md',
    reference: 'tls-rules.md §1 (Apple), §2 (protocols offered)',
  },
  android: {
    title: 'Android: Security with network protocols (missing intermediate certificates)',
    url: 'https://developer.android.com/privacy-and-security/security-ssl',
    reference: 'tls-rules.md §1 (Android)',
  },
  rfc5246Order: {
    title: 'RFC 5246 §7.4.2: each certificate must certify the one before it',
    url: 'https://www.rfc-editor.org/rfc/rfc5246#section-7.4.2',
    reference: 'tls-rules.md §2 (chain order), §4',
  },
  rfc6125: {
    title: 'RFC 6125 §6.4: matching DNS names and wildcards',
    url: 'https://www.rfc-editor.org/rfc/rfc6125#section-6.4',
    reference: 'tls-rules.md §1 (SAN only), §2 (host name)',
  },
  rfc6797: {
    title: 'RFC 6797: HTTP Strict Transport Security',
    url: 'https://www.rfc-editor.org/rfc/rfc6797',
    reference: 'tls-rules.md §2 (HSTS)',
  },
} as const satisfies Record<string, Citation>;

/** "the server certificate "api.example.com"" or "the intermediate certificate "R3"". */
export function certLabel(cert: ParsedCertificate, chain: ChainAnalysis): LocalizedText {
  const key = cert === chain.leaf ? 'rulesTls.cert.leaf' : 'rulesTls.cert.intermediate';
  return message(key, { name: displayName(cert) });
}
