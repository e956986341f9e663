import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rightSideLines } from './diff-lines.js';
import {
  BOT,
  FakeState,
  type FakeFile,
  type FakeIssue,
  type FakeIssueComment,
  type FakePull,
  type FakeRepo,
  type FakeReview,
  type FakeReviewComment,
  type FakeUser,
} from './state.js';

/** One request as the fake received it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query, e.g. `/repos/o/r/pulls/1/files`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON body, when there was one. */
  readonly body: unknown;
  status?: number;
}

/** A response the fake gives instead of the real one, `times` times, to requests that match. */
export interface Fault {
  readonly method?: string;
  readonly path: string | RegExp;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  times?: number;
}

export interface FakeGitHubOptions {
  /** Files above this many bytes come from the contents API without inline base64 (GitHub: 1 MB). */
  readonly contentsInlineLimit?: number;
  /** GraphQL `Blob.text` is truncated above this many bytes (GitHub: about 512 KB). */
  readonly graphqlTextLimit?: number;
  /** Token → user; other tokens get 401. Default: `test-token` is the Actions bot. */
  readonly tokens?: Readonly<Record<string, FakeUser>>;
  /** Tokens that may read but not write (a fork PR's GITHUB_TOKEN): writes get 403. */
  readonly readOnlyTokens?: readonly string[];
}

const BODY_LIMIT = 65536;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Handler = (ctx: RequestContext) => unknown;

interface RequestContext {
  readonly method: string;
  readonly params: string[];
  readonly query: Readonly<Record<string, string>>;
  readonly body: Record<string, unknown>;
  readonly headers: IncomingMessage['headers'];
  readonly user: FakeUser;
  readonly readOnly: boolean;
  readonly res: ServerResponse;
  readonly baseUrl: string;
  readonly path: string;
}

/**
 * A fake GitHub REST (and the one GraphQL query the action sends) on 127.0.0.1. It records every request,
 * serves pulls/files, contents, commits, issues and their comments, review comments and reviews with GitHub's
 * pagination and validation (422 for anchors outside the diff, bodies over 65,536 characters), and answers
 * with injected faults (403/404/422/502, secondary rate limits with retry-after) when told to.
 */
export class FakeGitHub {
  readonly state = new FakeState();
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  private server: Server | undefined;
  private port = 0;
  private readonly tokens: Readonly<Record<string, FakeUser>>;
  private readonly readOnlyTokens: Set<string>;
  private readonly routes: [string, RegExp, Handler][];

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.tokens = options.tokens ?? { 'test-token': BOT, 'read-only-token': BOT };
    this.readOnlyTokens = new Set(options.readOnlyTokens ?? ['read-only-token']);
    const R = '/repos/([^/]+)/([^/]+)';
    this.routes = [
      ['GET', new RegExp(`^${R}/pulls/(\\d+)$`), (c) => this.getPull(c)],
      ['GET', new RegExp(`^${R}/pulls/(\\d+)/files$`), (c) => this.listPullFiles(c)],
      ['GET', new RegExp(`^${R}/contents/(.+)$`), (c) => this.getContents(c)],
      ['GET', new RegExp(`^${R}/commits$`), (c) => this.listCommits(c)],
      ['GET', new RegExp(`^${R}/git/trees/([^/]+)$`), (c) => this.getTree(c)],
      ['GET', new RegExp(`^${R}/issues$`), (c) => this.listIssues(c)],
      ['POST', new RegExp(`^${R}/issues$`), (c) => this.createIssue(c)],
      ['GET', new RegExp(`^${R}/issues/(\\d+)$`), (c) => this.getIssue(c)],
      ['PATCH', new RegExp(`^${R}/issues/(\\d+)$`), (c) => this.updateIssue(c)],
      ['GET', new RegExp(`^${R}/issues/(\\d+)/comments$`), (c) => this.listIssueComments(c)],
      ['POST', new RegExp(`^${R}/issues/(\\d+)/comments$`), (c) => this.createIssueComment(c)],
      ['PATCH', new RegExp(`^${R}/issues/comments/(\\d+)$`), (c) => this.updateIssueComment(c)],
      ['DELETE', new RegExp(`^${R}/issues/comments/(\\d+)$`), (c) => this.deleteIssueComment(c)],
      ['GET', new RegExp(`^${R}/pulls/(\\d+)/comments$`), (c) => this.listReviewComments(c)],
      ['POST', new RegExp(`^${R}/pulls/(\\d+)/comments$`), (c) => this.createReviewComment(c)],
      ['DELETE', new RegExp(`^${R}/pulls/comments/(\\d+)$`), (c) => this.deleteReviewComment(c)],
      ['GET', new RegExp(`^${R}/pulls/(\\d+)/reviews$`), (c) => this.listReviews(c)],
      ['POST', new RegExp(`^${R}/pulls/(\\d+)/reviews$`), (c) => this.createReview(c)],
      ['POST', /^\/graphql$/, (c) => this.graphql(c)],
    ];
  }

  /** The REST base, for GITHUB_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get graphqlUrl(): string {
    return `${this.apiUrl}/graphql`;
  }

  /** A web base for links (never requested). */
  get serverUrl(): string {
    return `http://127.0.0.1:${this.port}/web`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  addRepo(fullName: string, defaultBranch = 'main'): FakeRepo {
    return this.state.addRepo(fullName, defaultBranch);
  }

  repo(fullName: string): FakeRepo {
    const repo = this.state.repo(fullName);
    if (!repo) throw new Error(`fake: no repository ${fullName}`);
    return repo;
  }

  addPull(fullName: string, pull: Omit<FakePull, 'number'> & { number?: number }): FakePull {
    const repo = this.repo(fullName);
    const number = pull.number ?? repo.nextNumber;
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const full: FakePull = { ...pull, number };
    repo.pulls.set(number, full);
    return full;
  }

  /** A comment by someone else (a human reply, another bot), as GitHub would hold it. */
  addReviewComment(fullName: string, comment: Omit<FakeReviewComment, 'id'>): FakeReviewComment {
    const full = { ...comment, id: this.state.id() };
    this.repo(fullName).reviewComments.push(full);
    return full;
  }

  addIssueComment(
    fullName: string,
    comment: Omit<FakeIssueComment, 'id' | 'created_at' | 'updated_at'>,
  ): FakeIssueComment {
    const now = new Date().toISOString();
    const full = { ...comment, id: this.state.id(), created_at: now, updated_at: now };
    this.repo(fullName).issueComments.push(full);
    return full;
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** GitHub's secondary rate limit answer: 403 (or 429) with retry-after and the documented message. */
  injectSecondaryRateLimit(
    match: { method?: string; path: string | RegExp },
    retryAfterSeconds = 1,
    status = 403,
    times = 1,
  ): void {
    this.inject({
      ...match,
      status,
      times,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    });
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Requests that change something (anything but GET/HEAD, and not the read-only GraphQL query). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.path !== '/graphql');
  }

  // ---- plumbing -------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.apiUrl);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const method = req.method ?? 'GET';
    const record: RecordedRequest = {
      method,
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    };
    this.requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(text);
    };

    const fault = this.faults.find(
      (f) => (f.times ?? 1) > 0 && (!f.method || f.method === method) && matches(f.path, record.path),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, { ...fault.headers });
      return;
    }

    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const user = token ? this.tokens[token] : undefined;
    if (!user) {
      send(401, { message: 'Bad credentials' });
      return;
    }
    for (const [m, pattern, handler] of this.routes) {
      const match = m === method ? pattern.exec(record.path) : null;
      if (!match) continue;
      try {
        const isWrite = method !== 'GET' && record.path !== '/graphql';
        if (isWrite && this.readOnlyTokens.has(token!)) {
          throw new HttpError(403, 'Resource not accessible by integration');
        }
        const result = handler({
          method,
          params: match.slice(1).map((p) => decodeURIComponent(p)),
          query: record.query,
          body: (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>,
          headers: req.headers,
          user,
          readOnly: false,
          res,
          baseUrl: this.apiUrl,
          path: record.path,
        });
        if (res.headersSent) {
          record.status = res.statusCode;
          return;
        }
        const [status, payload, headers] = result as [number, unknown, Record<string, string>?];
        send(status, payload, headers);
      } catch (error) {
        if (error instanceof HttpError) send(error.status, { message: error.message, ...error.extra });
        else send(500, { message: String(error) });
      }
      return;
    }
    send(404, { message: 'Not Found' });
  }

  private repoOf(c: RequestContext): FakeRepo {
    const repo = this.state.repo(`${c.params[0]}/${c.params[1]}`);
    if (!repo) throw new HttpError(404, 'Not Found');
    return repo;
  }

  private pullOf(c: RequestContext, repo = this.repoOf(c)): FakePull {
    const pull = repo.pulls.get(Number(c.params[2]));
    if (!pull) throw new HttpError(404, 'Not Found');
    return pull;
  }

  private paginate<T>(
    c: RequestContext,
    items: readonly T[],
    map: (item: T) => unknown,
  ): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Math.max(1, Number(c.query['per_page'] ?? 30) || 30));
    const page = Math.max(1, Number(c.query['page'] ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const u = new URL(c.path, c.baseUrl);
      for (const [k, v] of Object.entries(c.query)) u.searchParams.set(k, v);
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return [200, slice.map(map), links.length ? { link: links.join(', ') } : {}];
  }

  // ---- pulls and contents ---------------------------------------------------------------------------------

  private getPull(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const pull = this.pullOf(c, repo);
    return [200, pullJson(repo, pull)];
  }

  private listPullFiles(c: RequestContext): unknown {
    const pull = this.pullOf(c);
    return this.paginate(c, pull.files.slice(0, 3000), (f) => ({
      sha: 'f'.repeat(40),
      changes: (f.additions ?? 0) + (f.deletions ?? 0),
      additions: f.additions ?? 0,
      deletions: f.deletions ?? 0,
      blob_url: '',
      raw_url: '',
      contents_url: '',
      ...f,
    }));
  }

  private getContents(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const path = c.params[2] as string;
    const ref = c.query['ref'] ?? repo.defaultBranch;
    const tree = repo.files.get(ref);
    if (!tree) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const file = tree.get(path);
    if (file === undefined) {
      const children = [...tree.keys()].filter((p) => p.startsWith(`${path}/`));
      if (children.length === 0) throw new HttpError(404, 'Not Found');
      return [200, children.map((p) => ({ type: 'file', name: p.slice(path.length + 1), path: p }))];
    }
    if (typeof file === 'object' && 'symlink' in file) {
      return [200, { type: 'symlink', target: file.symlink, path, size: file.symlink.length }];
    }
    const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file.binary;
    const accept = String(c.headers.accept ?? '');
    if (/vnd\.github(\.v3)?\.raw/.test(accept)) {
      c.res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
      c.res.end(bytes);
      return undefined;
    }
    const inline = bytes.length <= (this.options.contentsInlineLimit ?? 1024 * 1024);
    return [
      200,
      {
        type: 'file',
        encoding: inline ? 'base64' : 'none',
        size: bytes.length,
        name: path.split('/').pop(),
        path,
        // GitHub wraps base64 at 60 characters.
        content: inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n' : '',
        sha: 'b'.repeat(40),
      },
    ];
  }

  private getTree(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const tree = repo.files.get(c.params[2] as string);
    if (!tree) throw new HttpError(404, 'Not Found');
    if (c.query['recursive'] === undefined) throw new HttpError(400, 'fake: only recursive trees are served');
    const entries: unknown[] = [];
    const dirs = new Set<string>();
    for (const [path, file] of tree) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
      const symlink = typeof file === 'object' && 'symlink' in file;
      const size =
        typeof file === 'string'
          ? Buffer.byteLength(file)
          : symlink
            ? file.symlink.length
            : file.binary.length;
      entries.push({ path, mode: symlink ? '120000' : '100644', type: 'blob', sha: 'b'.repeat(40), size });
    }
    for (const dir of dirs) entries.push({ path: dir, mode: '040000', type: 'tree', sha: 't'.repeat(40) });
    return [200, { sha: c.params[2], tree: entries, truncated: false }];
  }

  private graphql(c: RequestContext): unknown {
    const variables = (c.body['variables'] ?? {}) as Record<string, string>;
    const query = String(c.body['query'] ?? '');
    if (!/repository\(owner: \$owner, name: \$name\)/.test(query)) {
      return [200, { errors: [{ message: 'fake: unsupported query' }] }];
    }
    const repo = this.state.repo(`${variables['owner']}/${variables['name']}`);
    if (!repo)
      return [
        200,
        {
          data: { repository: null },
          errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }],
        },
      ];
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(variables)) {
      const index = /^e(\d+)$/.exec(name)?.[1];
      if (index === undefined) continue;
      const colon = value.indexOf(':');
      const file = repo.fileAt(value.slice(0, colon), value.slice(colon + 1));
      out[`f${index}`] = blobNode(file, this.options.graphqlTextLimit ?? 512 * 1024);
    }
    return [200, { data: { repository: out } }];
  }

  private listCommits(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const since = c.query['since'] ? Date.parse(c.query['since']) : -Infinity;
    const until = c.query['until'] ? Date.parse(c.query['until']) : Infinity;
    const branch = c.query['sha'] ?? repo.defaultBranch;
    const path = c.query['path'];
    const rows = repo.commits
      .filter((commit) => (commit.branch ?? repo.defaultBranch) === branch)
      .filter((commit) => Date.parse(commit.date) >= since && Date.parse(commit.date) <= until)
      .filter((commit) => !path || commit.paths.includes(path))
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    return this.paginate(c, rows, (commit) => ({
      sha: commit.sha,
      commit: {
        message: commit.message ?? '',
        author: { date: commit.date },
        committer: { date: commit.date },
      },
    }));
  }

  // ---- issues and conversation comments -------------------------------------------------------------------

  private listIssues(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const state = c.query['state'] ?? 'open';
    const labels = (c.query['labels'] ?? '').split(',').filter(Boolean);
    const issues = repo.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)));
    // The issues list also returns pull requests (github-bot.md §4.9); they carry no labels here.
    const pulls = labels.length === 0 && state !== 'closed' ? [...repo.pulls.values()] : [];
    const epoch = new Date(0).toISOString();
    const rows = [
      ...issues.map((i) => issueJson(i, this.serverUrl, repo)),
      ...pulls.map((p) => ({
        number: p.number,
        title: `PR ${p.number}`,
        body: '',
        state: 'open',
        labels: [],
        pull_request: { url: '' },
        user: userJson(BOT),
        created_at: epoch,
        updated_at: epoch,
      })),
    ];
    // GitHub's default order is newest created first; `sort=updated` orders by last update.
    const key = c.query['sort'] === 'updated' ? 'updated_at' : 'created_at';
    const direction = c.query['direction'] === 'asc' ? 1 : -1;
    rows.sort((a, b) => direction * (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.number - b.number));
    return this.paginate(c, rows, (r) => r);
  }

  private getIssue(c: RequestContext): unknown {
    const issue = this.issueOf(c);
    return [200, issueJson(issue, this.serverUrl, this.repoOf(c))];
  }

  private issueOf(c: RequestContext): FakeIssue {
    const issue = this.repoOf(c).issues.find((i) => i.number === Number(c.params[2]));
    if (!issue) throw new HttpError(404, 'Not Found');
    return issue;
  }

  private createIssue(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const title = c.body['title'];
    if (typeof title !== 'string' || !title)
      throw new HttpError(422, 'Validation Failed', { errors: [{ field: 'title', code: 'missing_field' }] });
    const body = checkBody(c.body['body'] ?? '');
    const labels = Array.isArray(c.body['labels']) ? (c.body['labels'] as string[]) : [];
    const now = new Date().toISOString();
    const issue: FakeIssue = {
      number: repo.nextNumber++,
      title,
      body,
      state: 'open',
      labels,
      user: c.user,
      comments: 0,
      created_at: now,
      updated_at: now,
    };
    repo.issues.push(issue);
    return [201, issueJson(issue, this.serverUrl, repo)];
  }

  private updateIssue(c: RequestContext): unknown {
    const issue = this.issueOf(c);
    if (typeof c.body['title'] === 'string') issue.title = c.body['title'];
    if (c.body['body'] !== undefined) issue.body = checkBody(c.body['body']);
    if (c.body['state'] === 'open' || c.body['state'] === 'closed') issue.state = c.body['state'];
    if (Array.isArray(c.body['labels'])) issue.labels = c.body['labels'] as string[];
    if (typeof c.body['state_reason'] === 'string') issue.state_reason = c.body['state_reason'];
    issue.updated_at = new Date().toISOString();
    return [200, issueJson(issue, this.serverUrl, this.repoOf(c))];
  }

  private listIssueComments(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const number = Number(c.params[2]);
    const rows = repo.issueComments.filter((x) => x.issueNumber === number).sort((a, b) => a.id - b.id);
    return this.paginate(c, rows, (x) => issueCommentJson(x));
  }

  private createIssueComment(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const number = Number(c.params[2]);
    if (!repo.pulls.has(number) && !repo.issues.some((i) => i.number === number))
      throw new HttpError(404, 'Not Found');
    const now = new Date().toISOString();
    const comment: FakeIssueComment = {
      id: this.state.id(),
      issueNumber: number,
      body: checkBody(c.body['body']),
      user: c.user,
      created_at: now,
      updated_at: now,
    };
    repo.issueComments.push(comment);
    const issue = repo.issues.find((i) => i.number === number);
    if (issue) issue.comments++;
    return [201, issueCommentJson(comment)];
  }

  private updateIssueComment(c: RequestContext): unknown {
    const comment = this.repoOf(c).issueComments.find((x) => x.id === Number(c.params[2]));
    if (!comment) throw new HttpError(404, 'Not Found');
    comment.body = checkBody(c.body['body']);
    comment.updated_at = new Date().toISOString();
    return [200, issueCommentJson(comment)];
  }

  private deleteIssueComment(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const index = repo.issueComments.findIndex((x) => x.id === Number(c.params[2]));
    if (index < 0) throw new HttpError(404, 'Not Found');
    repo.issueComments.splice(index, 1);
    return [204, ''];
  }

  // ---- review comments and reviews ------------------------------------------------------------------------

  private listReviewComments(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const pull = this.pullOf(c, repo);
    const rows = repo.reviewComments.filter((x) => x.pullNumber === pull.number).sort((a, b) => a.id - b.id);
    return this.paginate(c, rows, (x) => reviewCommentJson(x, pull));
  }

  private createReviewComment(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const pull = this.pullOf(c, repo);
    const replyTo = c.body['in_reply_to'];
    if (typeof replyTo === 'number') {
      const parent = repo.reviewComments.find((x) => x.id === replyTo);
      if (!parent) throw new HttpError(404, 'Not Found');
      const reply = this.addReviewComment(repo.fullName, {
        pullNumber: pull.number,
        body: checkBody(c.body['body']),
        path: parent.path,
        line: parent.line,
        side: parent.side,
        commit_id: parent.commit_id,
        in_reply_to_id: parent.id,
        user: c.user,
      });
      return [201, reviewCommentJson(reply, pull)];
    }
    const [comment] = this.validateComments(pull, [c.body]);
    const created = this.addReviewComment(repo.fullName, {
      ...comment!,
      pullNumber: pull.number,
      commit_id: String(c.body['commit_id'] ?? pull.head.sha),
      user: c.user,
    });
    return [201, reviewCommentJson(created, pull)];
  }

  private deleteReviewComment(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const index = repo.reviewComments.findIndex((x) => x.id === Number(c.params[2]));
    if (index < 0) throw new HttpError(404, 'Not Found');
    repo.reviewComments.splice(index, 1);
    return [204, ''];
  }

  private listReviews(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const pull = this.pullOf(c, repo);
    const rows = repo.reviews.filter((r) => r.pullNumber === pull.number).sort((a, b) => a.id - b.id);
    return this.paginate(c, rows, (r) => reviewJson(r));
  }

  private createReview(c: RequestContext): unknown {
    const repo = this.repoOf(c);
    const pull = this.pullOf(c, repo);
    const event = String(c.body['event'] ?? '');
    const body = c.body['body'] === undefined ? '' : checkBody(c.body['body']);
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && !body) {
      throw new HttpError(422, 'Unprocessable Entity', { errors: ['Review body is required for COMMENT'] });
    }
    const commitId = String(c.body['commit_id'] ?? pull.head.sha);
    if (commitId !== pull.head.sha)
      throw new HttpError(422, 'Unprocessable Entity', {
        errors: ['commit_id is not part of the pull request'],
      });
    const comments = this.validateComments(
      pull,
      Array.isArray(c.body['comments']) ? (c.body['comments'] as Record<string, unknown>[]) : [],
    );
    const review: FakeReview = {
      id: this.state.id(),
      pullNumber: pull.number,
      body,
      event,
      commit_id: commitId,
      user: c.user,
    };
    repo.reviews.push(review);
    for (const comment of comments) {
      this.addReviewComment(repo.fullName, {
        ...comment,
        pullNumber: pull.number,
        reviewId: review.id,
        commit_id: commitId,
        user: c.user,
      });
    }
    return [200, reviewJson(review)];
  }

  /** GitHub's all-or-nothing anchor validation (github-bot.md §1, "422 line not in diff"). */
  private validateComments(
    pull: FakePull,
    comments: readonly Record<string, unknown>[],
  ): Pick<FakeReviewComment, 'path' | 'line' | 'start_line' | 'side' | 'body'>[] {
    return comments.map((comment) => {
      const path = String(comment['path'] ?? '');
      const line = Number(comment['line']);
      const side = comment['side'] === 'LEFT' ? 'LEFT' : 'RIGHT';
      const startLine = comment['start_line'] === undefined ? undefined : Number(comment['start_line']);
      const body = checkBody(comment['body']);
      const file = pull.files.find((f) => f.filename === path);
      const unprocessable = (why: string) =>
        new HttpError(422, 'Unprocessable Entity', { errors: [`Pull request review thread ${why}`] });
      if (!file?.patch) throw unprocessable("diff hunk can't be blank");
      if (!Number.isInteger(line) || side !== 'RIGHT') throw unprocessable('line must be part of the diff');
      const lines = rightSideLines(file.patch);
      const hunk = lines.get(line);
      if (hunk === undefined) throw unprocessable('line must be part of the diff');
      if (startLine !== undefined) {
        if (!(startLine < line)) throw unprocessable('start line must precede the end line');
        if (lines.get(startLine) !== hunk)
          throw unprocessable('start line must be part of the same hunk as the line');
      }
      return { path, line, side, body, ...(startLine !== undefined ? { start_line: startLine } : {}) };
    });
  }
}

export async function startFakeGitHub(options?: FakeGitHubOptions): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

/** GitHub counts the limit in characters; the fake counts code points, the stricter reading for astral text. */
function checkBody(value: unknown): string {
  if (typeof value !== 'string')
    throw new HttpError(422, 'Validation Failed', { errors: [{ field: 'body', code: 'missing_field' }] });
  if ([...value].length > BODY_LIMIT) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ message: `Body is too long (maximum is ${BODY_LIMIT} characters)` }],
    });
  }
  return value;
}

function blobNode(file: FakeFile | undefined, textLimit: number): unknown {
  if (file === undefined || (typeof file === 'object' && 'symlink' in file)) return null;
  if (typeof file === 'object')
    return {
      __typename: 'Blob',
      text: null,
      isBinary: true,
      isTruncated: false,
      byteSize: file.binary.length,
    };
  const size = Buffer.byteLength(file, 'utf8');
  if (size > textLimit)
    return { __typename: 'Blob', text: null, isBinary: false, isTruncated: true, byteSize: size };
  return { __typename: 'Blob', text: file, isBinary: false, isTruncated: false, byteSize: size };
}

function userJson(user: FakeUser) {
  return { login: user.login, type: user.type, id: user.login.length };
}

function pullJson(repo: FakeRepo, pull: FakePull) {
  return {
    number: pull.number,
    state: 'open',
    head: { sha: pull.head.sha, ref: pull.head.ref, repo: { full_name: pull.head.repoFullName } },
    base: { sha: pull.base.sha, ref: pull.base.ref, repo: { full_name: repo.fullName } },
  };
}

function issueJson(issue: FakeIssue, serverUrl: string, repo: FakeRepo) {
  return {
    html_url: `${serverUrl}/${repo.fullName}/issues/${issue.number}`,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    ...(issue.state_reason ? { state_reason: issue.state_reason } : {}),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
    user: userJson(issue.user),
    comments: issue.comments,
  };
}

function issueCommentJson(comment: FakeIssueComment) {
  return {
    id: comment.id,
    body: comment.body,
    user: userJson(comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
  };
}

function reviewCommentJson(comment: FakeReviewComment, pull: FakePull) {
  // GitHub re-anchors open comments on the new head; a comment whose line left the diff becomes outdated (line null).
  const file = pull.files.find((f) => f.filename === comment.path);
  const stillInDiff =
    comment.commit_id === pull.head.sha ||
    (file?.patch !== undefined && rightSideLines(file.patch).has(comment.line));
  return {
    id: comment.id,
    pull_request_review_id: comment.reviewId ?? null,
    body: comment.body,
    path: comment.path,
    line: stillInDiff ? comment.line : null,
    original_line: comment.line,
    side: comment.side,
    commit_id: pull.head.sha,
    original_commit_id: comment.commit_id,
    ...(comment.in_reply_to_id ? { in_reply_to_id: comment.in_reply_to_id } : {}),
    user: userJson(comment.user),
  };
}

function reviewJson(review: FakeReview) {
  return {
    id: review.id,
    body: review.body,
    state: review.event === 'COMMENT' ? 'COMMENTED' : review.event,
    commit_id: review.commit_id,
    user: userJson(review.user),
  };
}
