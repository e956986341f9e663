import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../logger.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** Octokit with retries and throttling, which @actions/github's getOctokit lacks (github-bot.md §3). */
export const GuardedOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GuardedOctokit>;

/**
 * How long the client waits. Production keeps GitHub's advice (seconds, serial writes spaced by the throttling
 * plugin); tests shrink it so a retried 502 or a secondary rate limit takes milliseconds.
 */
export interface GitHubTiming {
  /** Milliseconds per "second" of `retry-after` and of plugin-retry's quadratic backoff. */
  readonly retryBaseMs: number;
  /** Retries after a 5xx, a secondary rate limit or a primary rate limit. */
  readonly maxRetries: number;
  /** Longest `retry-after` (seconds) worth waiting for inside a CI step; beyond it the call fails. */
  readonly maxRetryAfterSeconds: number;
  /** Space writes as the throttling plugin does (1 s between writes, 3 s between notifying writes). */
  readonly spaceWrites: boolean;
}

export const DEFAULT_TIMING: GitHubTiming = Object.freeze({
  retryBaseMs: 1000,
  maxRetries: 3,
  maxRetryAfterSeconds: 120,
  spaceWrites: true,
});

/** One HTTP exchange as the client saw it (retries count as separate exchanges). */
export interface GitHubRequestRecord {
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
}

export interface GitHubClientOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly logger: Logger;
  readonly timing?: Partial<GitHubTiming>;
  /** Called for every HTTP exchange, for request budgets and debug logs. */
  readonly onRequest?: (record: GitHubRequestRecord) => void;
  /** Replaces the global fetch (tests, proxies). */
  readonly fetch?: typeof fetch;
}

type LimiterGroup = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

/**
 * A limiter that runs jobs at once, used instead of the plugin's spacing groups when `spaceWrites` is off. The
 * plugin only calls `group.key(id).schedule([options,] fn, ...args)`, so this is all of the surface it needs.
 */
const immediateGroup = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const rest = typeof args[0] === 'function' ? args : args.slice(1);
      const [fn, ...fnArgs] = rest as [(...a: unknown[]) => unknown, ...unknown[]];
      return Promise.resolve(fn(...fnArgs));
    },
  }),
} as unknown as LimiterGroup;

/** The single place an Octokit is built (codeql-action's api-client pattern). */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const timing: GitHubTiming = { ...DEFAULT_TIMING, ...options.timing };
  const { logger } = options;
  const baseFetch = options.fetch ?? globalThis.fetch;
  const countingFetch: typeof fetch = async (input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const url = input instanceof Request ? input.url : String(input);
    try {
      const response = await baseFetch(input, init);
      options.onRequest?.({ method, url, status: response.status });
      return response;
    } catch (error) {
      options.onRequest?.({ method, url, status: undefined });
      throw error;
    }
  };
  const wantRetry =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const where = `${request.method} ${request.url}`;
      if (retryCount >= timing.maxRetries || retryAfter > timing.maxRetryAfterSeconds) {
        logger.warning(
          `GitHub ${kind} on ${where}: giving up after ${retryCount} retries (retry-after ${retryAfter}s)`,
        );
        return false;
      }
      logger.info(`GitHub ${kind} on ${where}: retrying in ${retryAfter}s`);
      return true;
    };
  return new GuardedOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    request: { fetch: countingFetch },
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.debug(m),
    },
    retry: {
      retries: timing.maxRetries,
      retryAfterBaseValue: timing.retryBaseMs,
      // 429 is left to the throttling plugin, which honours retry-after; plugin-retry would use its own backoff.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: timing.retryBaseMs,
      // "otherwise wait ≥ 60 s" (github-bot.md §1) when a secondary limit comes without retry-after.
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: wantRetry('rate limit'),
      onSecondaryRateLimit: wantRetry('secondary rate limit'),
      ...(timing.spaceWrites ? {} : { write: immediateGroup, notifications: immediateGroup }),
    },
  });
}
