/** The tracking issue as the GitHub API shows it (only what the decision needs). */
export interface TrackingIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly body: string;
}

export type IssueAction =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly number: number }
  | { readonly kind: 'reopen'; readonly number: number }
  | { readonly kind: 'close'; readonly number: number };

/**
 * One tracking issue at a time: opened when something is wrong, rewritten while it stays wrong, closed when all
 * is well, and the same issue reopened (never a duplicate) when a problem comes back.
 */
export function decideIssueAction(existing: TrackingIssue | undefined, unhealthy: boolean): IssueAction {
  if (!existing) return unhealthy ? { kind: 'create' } : { kind: 'none' };
  if (unhealthy)
    return existing.state === 'open'
      ? { kind: 'update', number: existing.number }
      : { kind: 'reopen', number: existing.number };
  return existing.state === 'open' ? { kind: 'close', number: existing.number } : { kind: 'none' };
}
