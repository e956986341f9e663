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
 * API, which also serves 1–100 MB files through the raw media type.
 */
export class GitHubFileReader {
  private readonly cache = new Map<string, Entry>();
  private pending: { request: BlobRequest; resolve: (answer: BlobAnswer | undefined) => void }[] = [];
  private flushScheduled = false;
  private graphqlEnabled: boolean;

  constructor(private readonly options: GitHubFileReaderOptions) {
    this.graphqlEnabled = options.graphql ?? true;
  }

  /** The UTF-8 text of `path` at `ref`, or undefined when it does not exist there (or is not a regular file). */
  read(ref: string, path: string): Promise<string | undefined> {
    const key = `${ref}\u0000${path}`;
    const cached = this.cache.get(key);
    if (cached) return cached.promise;
    const entry: { promise: Promise<string | undefined>; size?: number } = {
      promise: this.load(ref, path, (size) => (entry.size = size)),
    };
    this.cache.set(key, entry);
    return entry.promise;
  }

  /** Starts reading all these files now, in as few requests as possible. */
  async prefetch(requests: readonly BlobRequest[]): Promise<void> {
    await Promise.all(requests.map((r) => this.read(r.ref, r.path)));
  }

  /** Size in bytes, once the file has been read. */
  knownSize(ref: string, path: string): number | undefined {
    return this.cache.get(`${ref}\u0000${path}`)?.size;
  }

  private async load(
    ref: string,
    path: string,
    setSize: (size: number) => void,
  ): Promise<string | undefined> {
    const answer = this.graphqlEnabled ? await this.enqueue({ ref, path }) : undefined;
    if (answer?.state === 'text') {
      setSize(answer.byteSize);
      return answer.text;
    }
    if (answer?.state === 'missing') return undefined;
    const fetched = await fetchFileAtRef(this.options.client, this.options.repo, path, ref);
    switch (fetched.status) {
      case 'ok':
        setSize(fetched.size);
        return fetched.text;
      case 'too-large':
        this.options.logger.warning(
          `${path}: ${fetched.size} bytes at ${ref.slice(0, 7)}, over the contents API's 100 MB limit; not scanned`,
        );
        setSize(fetched.size);
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
