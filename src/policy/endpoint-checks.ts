import type { Endpoint } from '../model/endpoint.js';
import type { Whitelist, WhitelistEntry } from '../model/whitelist.js';
import { ipKind, isSelfHost, type IpKind } from '../platform/hosts.js';
import { platformFacts } from '../platform/platforms.js';
import { canonicalHost, entriesForHost } from './match.js';

/**
 * The facts behind the endpoint rules, kept apart from the rule files so that each rule can tell whether a more
 * fundamental rule already speaks for an endpoint.
 *
 * Precedence (one endpoint, one finding): a call that needs a code change is reported once, by the most
 * fundamental problem, and never also as "not whitelisted", because no console entry could fix it:
 *   host-is-localhost > host-is-ip > forbidden-host > scheme-not-secure > port-mismatch
 *   > wrong-list | not-whitelisted (whitelist problems, fixed in the console).
 * A host problem comes before the scheme because fixing the host (to the production domain) is the real fix;
 * `http://localhost:3000` is a development address, not an "insecure" production one.
 */
export const BLOCKING_RULES = [
  'host-is-localhost',
  'host-is-ip',
  'forbidden-host',
  'scheme-not-secure',
  'port-mismatch',
] as const;
export type BlockingRuleId = (typeof BLOCKING_RULES)[number];

export interface EndpointFactsContext {
  readonly whitelist: Whitelist;
  readonly platform: Whitelist['platform'];
}

/** http:// and ws://: the lists take only https and wss (platform-rules.md §0 rule 1). */
export function isInsecureScheme(endpoint: Endpoint): boolean {
  return endpoint.scheme === 'http' || endpoint.scheme === 'ws';
}

/** The secure scheme that replaces an insecure one. */
export function secureScheme(scheme: string): string {
  return scheme === 'ws' ? 'wss' : 'https';
}

/** localhost names, loopback and unspecified addresses. */
export function isSelfEndpoint(endpoint: Endpoint): boolean {
  return isSelfHost(canonicalHost(endpoint.host));
}

/** The kind of a (non-self) IP literal host, or `undefined` for a name. */
export function endpointIpKind(endpoint: Endpoint): Exclude<IpKind, 'loopback' | 'unspecified'> | undefined {
  const kind = ipKind(canonicalHost(endpoint.host));
  return kind === 'loopback' || kind === 'unspecified' ? undefined : kind;
}

export function isForbiddenEndpoint(endpoint: Endpoint, platform: Whitelist['platform']): boolean {
  return platformFacts(platform).forbiddenHosts.includes(canonicalHost(endpoint.host));
}

/** Why a written (or missing) port stops a call, per platform-rules.md §1.1, §1.3 and §2.3. */
export type PortIssue =
  /** Baidu: no port in server domains at all. */
  | { readonly kind: 'platform-forbids'; readonly port: number }
  /** A business domain carries no port, so a web-view URL with one cannot be allowed. */
  | { readonly kind: 'webview-port'; readonly port: number }
  /** `:443` written; `entry` is the port-less entry of the needed list that then refuses it, if there is one. */
  | { readonly kind: 'default-port-written'; readonly entry?: WhitelistEntry }
  /** The host is listed in the needed list, but only with other ports (or without one). */
  | { readonly kind: 'mismatch'; readonly entries: readonly WhitelistEntry[] };

export function portIssue(endpoint: Endpoint, context: EndpointFactsContext): PortIssue | undefined {
  const facts = platformFacts(context.platform);
  const list = facts.listFor[endpoint.list];
  const port = endpoint.port;
  if (list === undefined || list === 'udp' || list === 'tcp') return undefined;
  if (port !== undefined && facts.portPolicy === 'forbidden') return { kind: 'platform-forbids', port };
  if (port !== undefined && list === 'webview') return { kind: 'webview-port', port };
  if (list === 'socket' && facts.socketAnyPort) return undefined;
  if (facts.portPolicy !== 'exact') return undefined;
  const sameHost = entriesForHost(context.whitelist, endpoint.host, context.platform).filter(
    (e) => e.list === list,
  );
  if (sameHost.some((entry) => entry.port === port)) return undefined;
  if (port === 443) {
    const portless = sameHost.find((entry) => entry.port === undefined);
    return portless ? { kind: 'default-port-written', entry: portless } : { kind: 'default-port-written' };
  }
  return sameHost.length > 0 ? { kind: 'mismatch', entries: sameHost } : undefined;
}

/** The first rule in precedence order that fails for this endpoint, or `undefined` when only the whitelist is left. */
export function blockingRule(endpoint: Endpoint, context: EndpointFactsContext): BlockingRuleId | undefined {
  if (isSelfEndpoint(endpoint)) return 'host-is-localhost';
  if (endpointIpKind(endpoint) !== undefined) return 'host-is-ip';
  if (isForbiddenEndpoint(endpoint, context.platform)) return 'forbidden-host';
  if (isInsecureScheme(endpoint)) return 'scheme-not-secure';
  if (portIssue(endpoint, context) !== undefined) return 'port-mismatch';
  return undefined;
}

/**
 * Where an endpoint stands for one rule of the precedence chain (or for the whitelist rules, `undefined`):
 * `fail` when that rule is the first to fail, `na` when a more fundamental rule already speaks, else `pass`.
 */
export function standing(
  ruleId: BlockingRuleId | undefined,
  endpoint: Endpoint,
  context: EndpointFactsContext,
): 'fail' | 'na' | 'pass' {
  const blocking = blockingRule(endpoint, context);
  if (blocking === undefined) return 'pass';
  if (blocking === ruleId) return 'fail';
  if (ruleId === undefined) return 'na';
  return BLOCKING_RULES.indexOf(blocking) < BLOCKING_RULES.indexOf(ruleId) ? 'na' : 'pass';
}

/** Pages the platform opens without a business domain (WeChat official account articles, platform-rules.md §1.3). */
export function isWebviewExempt(endpoint: Endpoint, platform: Whitelist['platform']): boolean {
  return (
    endpoint.list === 'webview' &&
    platformFacts(platform).webviewExemptHosts.includes(canonicalHost(endpoint.host))
  );
}
