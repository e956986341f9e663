/** Helpers to read Octokit's RequestError without depending on its class identity (bundles may hold two copies). */

export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function isRateLimitMessage(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /rate limit/i.test(message);
}

/**
 * True when GitHub refused a write because of the token: a read-only token on a fork PR gets 403 "Resource not
 * accessible by integration", and some endpoints answer 404 to hide what the token cannot see. A 403 that is a
 * rate limit is not a permission problem.
 */
export function isWriteDenied(error: unknown): boolean {
  const status = httpStatus(error);
  return (status === 403 && !isRateLimitMessage(error)) || status === 404;
}

export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404;
}

/** A one-line description of a failed GitHub call for logs: `403 Resource not accessible by integration`. */
export function describeGitHubError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status === undefined ? (message ?? '') : `${status} ${message ?? ''}`.trim();
}
