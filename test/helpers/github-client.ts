import {
  createGitHubClient,
  type GitHubClient,
  type GitHubRequestRecord,
  type GitHubTiming,
} from '../../src/github/client.js';
import { recordingLogger } from '../../src/logger.js';
import type { FakeGitHub } from './fake-github/index.js';

/** Waits a thousand times shorter than production, and does not space writes. */
export const FAST_TIMING: Partial<GitHubTiming> = { retryBaseMs: 2, spaceWrites: false };

export function testClient(
  fake: FakeGitHub,
  options: { token?: string; timing?: Partial<GitHubTiming> } = {},
): { client: GitHubClient; logger: ReturnType<typeof recordingLogger>; requests: GitHubRequestRecord[] } {
  const logger = recordingLogger();
  const requests: GitHubRequestRecord[] = [];
  const client = createGitHubClient({
    token: options.token ?? 'test-token',
    apiUrl: fake.apiUrl,
    logger,
    timing: { ...FAST_TIMING, ...options.timing },
    onRequest: (r) => requests.push(r),
  });
  return { client, logger, requests };
}
