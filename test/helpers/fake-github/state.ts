/** The fake's data: what GitHub would hold for a few repositories. Persisted in memory across action runs. */

export interface FakeUser {
  readonly login: string;
  readonly type: 'Bot' | 'User';
}

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
export const HUMAN: FakeUser = { login: 'octocat', type: 'User' };

/** A file at a commit: text, or a special entry. */
export type FakeFile = string | { readonly binary: Buffer } | { readonly symlink: string };

export interface FakePullFile {
  readonly filename: string;
  readonly status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly previous_filename?: string;
  /** Omitted to model a too-large or binary file. */
  readonly patch?: string;
  readonly additions?: number;
  readonly deletions?: number;
}

export interface FakePull {
  readonly number: number;
  head: { sha: string; ref: string; repoFullName: string };
  base: { sha: string; ref: string };
  files: FakePullFile[];
}

export interface FakeCommit {
  readonly sha: string;
  /** ISO date. */
  readonly date: string;
  readonly paths: readonly string[];
  readonly branch?: string;
  readonly message?: string;
}

export interface FakeIssueComment {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly user: FakeUser;
  readonly created_at: string;
  updated_at: string;
}

export interface FakeReviewComment {
  readonly id: number;
  readonly pullNumber: number;
  readonly reviewId?: number;
  body: string;
  readonly path: string;
  readonly line: number;
  readonly start_line?: number;
  readonly side: 'RIGHT' | 'LEFT';
  readonly commit_id: string;
  readonly in_reply_to_id?: number;
  readonly user: FakeUser;
}

export interface FakeReview {
  readonly id: number;
  readonly pullNumber: number;
  readonly body: string;
  readonly event: string;
  readonly commit_id: string;
  readonly user: FakeUser;
}

export interface FakeIssue {
  readonly number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  readonly user: FakeUser;
  comments: number;
  readonly created_at: string;
  updated_at: string;
  state_reason?: string;
}

export class FakeRepo {
  readonly files = new Map<string, Map<string, FakeFile>>();
  readonly pulls = new Map<number, FakePull>();
  readonly commits: FakeCommit[] = [];
  readonly issueComments: FakeIssueComment[] = [];
  readonly reviewComments: FakeReviewComment[] = [];
  readonly reviews: FakeReview[] = [];
  readonly issues: FakeIssue[] = [];
  /** Issue and pull numbers share one sequence, as on GitHub. */
  nextNumber = 1;

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch = 'main',
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Sets the whole tree at a commit. */
  setTree(sha: string, files: Readonly<Record<string, FakeFile>>): void {
    this.files.set(sha, new Map(Object.entries(files)));
  }

  fileAt(sha: string, path: string): FakeFile | undefined {
    return this.files.get(sha)?.get(path);
  }
}

export class FakeState {
  readonly repos = new Map<string, FakeRepo>();
  private nextId = 1000;

  id(): number {
    return this.nextId++;
  }

  repo(fullName: string): FakeRepo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  addRepo(fullName: string, defaultBranch = 'main'): FakeRepo {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo = new FakeRepo(owner, name, defaultBranch);
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }
}
