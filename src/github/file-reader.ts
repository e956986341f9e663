import type { Logger } from '../logger.js';
import { fetchBlobs, type BlobAnswer, type BlobRequest } from './blobs.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';
import { describeGitHubError } from './errors.js';
import { fetchFileAtRef } from './contents.js';

export interface GitHubFileReaderOptions {
  readonly client: GitHubClient;
  readonly graphqlUrl: string;
  readonly repo: RepoRef;
  readonly logger: Logger;
  /** Batch reads through GraphQL (default). Off, or after GraphQL fails once, every file costs a contents call. */
  readonly graphql?: boolean;
}

interface Entry {
  readonly promise: Promise<string | undefined>;
  size?: number;
}

/**
 * Reads files at commits through the API, each (ref, path) at most once. Reads requested in the same tick are
 * batched into one GraphQL query (DataLoader style), so the engine's `Promise.all` over files and an explicit
 * `prefetch` both cost one request per 40 files. Truncated (large) and binary blobs fall back to the contents
 * API, which also serves 1–100 MB files through the raw media type; that fallback happens only when the text
 * is actually read, so prefetching a pull request with images costs nothing extra.
 */
export class GitHubFileReader {
  private readonly texts = new Map<string, Entry>();
  private readonly answers = new Map<string, Promise<BlobAnswer | undefined>>();
  private readonly sizes = new Map<string, number>();
  private pending: { request: BlobRequest; resolve: (answer: BlobAnswer | undefined) => void }[] = [];
  private flushScheduled = false;
  private graphqlEnabled: boolean;

  constructor(private readonly options: GitHubFileReaderOptions) {
    this.graphqlEnabled = options.graphql ?? true;
  }

  /** The UTF-8 text of `path` at `ref`, or undefined when it does not exist there (or is not a regular file). */
  read(ref: string, path: string): Promise<string | undefined> {
    const key = `${ref}\u0000${path}`;
    let entry = this.texts.get(key);
    if (!entry) {
      entry = { promise: this.load(ref, path) };
      this.texts.set(key, entry);
    }
    return entry.promise;
  }

  /** Asks GraphQL about all these files now, in as few requests as possible; texts are then served from memory. */
  async prefetch(requests: readonly BlobRequest[]): Promise<void> {
    await Promise.all(requests.map((r) => this.answer(r.ref, r.path)));
  }

  /** Size in bytes, once GitHub has told it. */
  knownSize(ref: string, path: string): number | undefined {
    return this.sizes.get(`${ref}\u0000${path}`);
  }

  private answer(ref: string, path: string): Promise<BlobAnswer | undefined> {
    const key = `${ref}\u0000${path}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.graphqlEnabled ? this.enqueue({ ref, path }) : Promise.resolve(undefined);
      this.answers.set(key, answer);
      void answer.then((a) => {
        if (a && a.state !== 'missing') this.sizes.set(key, a.byteSize);
      });
    }
    return answer;
  }

  private async load(ref: string, path: string): Promise<string | undefined> {
    const answer = await this.answer(ref, path);
    if (answer?.state === 'text') return answer.text;
    if (answer?.state === 'missing') return undefined;
    const key = `${ref}\u0000${path}`;
    const fetched = await fetchFileAtRef(this.options.client, this.options.repo, path, ref);
    switch (fetched.status) {
      case 'ok':
        this.sizes.set(key, fetched.size);
        return fetched.text;
      case 'too-large':
        this.options.logger.warning(
          `${path}: ${fetched.size} bytes at ${ref.slice(0, 7)}, over the contents API's 100 MB limit; not scanned`,
        );
        this.sizes.set(key, fetched.size);
        return undefined;
      case 'not-a-file':
        this.options.logger.debug(`${path} is a ${fetched.type} at ${ref.slice(0, 7)}; not read`);
        return undefined;
      case 'missing':
        return undefined;
    }
  }

  private enqueue(request: BlobRequest): Promise<BlobAnswer | undefined> {
    return new Promise((resolve) => {
      this.pending.push({ request, resolve });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.flushScheduled = false;
    if (batch.length === 0) return;
    try {
      const answers = await fetchBlobs(
        this.options.client,
        this.options.graphqlUrl,
        this.options.repo,
        batch.map((b) => b.request),
      );
      batch.forEach((b, i) => b.resolve(answers[i]));
    } catch (error) {
      // GraphQL can be disabled on a GHES instance or refuse a token: the contents API still works.
      this.graphqlEnabled = false;
      this.options.logger.info(
        `GraphQL file reads failed (${describeGitHubError(error)}); reading files one by one`,
      );
      for (const b of batch) b.resolve(undefined);
    }
  }
}
