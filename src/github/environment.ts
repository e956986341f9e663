import { ConfigError } from '../errors.js';
import { localize } from '../i18n/translate.js';
/**
 * Where GitHub lives. Every URL comes from the runner's environment so that GitHub Enterprise Server works;
 * nothing is taken from the event payload or hard-coded beyond github.com's defaults (github-bot.md §4.7).
 */
export interface GitHubEndpoints {
  /** REST base, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. No trailing slash. */
  readonly apiUrl: string;
  /** Web base for links, e.g. `https://github.com`. No trailing slash. */
  readonly serverUrl: string;
  /** GraphQL endpoint, e.g. `https://api.github.com/graphql` or `https://ghe.example.com/api/graphql`. */
  readonly graphqlUrl: string;
}

export function gitHubEndpoints(env: NodeJS.ProcessEnv = process.env): GitHubEndpoints {
  const apiUrl = httpUrl(env['GITHUB_API_URL'], 'https://api.github.com', 'GITHUB_API_URL');
  const serverUrl = httpUrl(env['GITHUB_SERVER_URL'], 'https://github.com', 'GITHUB_SERVER_URL');
  const graphqlUrl = httpUrl(env['GITHUB_GRAPHQL_URL'], defaultGraphqlUrl(apiUrl), 'GITHUB_GRAPHQL_URL');
  return { apiUrl, serverUrl, graphqlUrl };
}

/** GHES serves GraphQL at /api/graphql next to the REST base /api/v3; github.com at /graphql under the API host. */
function defaultGraphqlUrl(apiUrl: string): string {
  return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
}

function httpUrl(value: string | undefined, fallback: string, name: string): string {
  const text = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(localize('github.env.notUrl', { name, value: JSON.stringify(text) }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(localize('github.env.notHttp', { name, value: JSON.stringify(text) }));
  }
  return text.replace(/\/+$/, '');
}

/** `owner/name` of a repository. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export function repoFullName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}

/** A web link to a line of a file at a commit: `{server}/{owner}/{repo}/blob/{sha}/{path}#L{line}`. */
export function blobUrl(
  endpoints: Pick<GitHubEndpoints, 'serverUrl'>,
  repo: RepoRef,
  sha: string,
  path: string,
  line?: number,
): string {
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  const anchor = line === undefined ? '' : `#L${line}`;
  return `${endpoints.serverUrl}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${sha}/${encodedPath}${anchor}`;
}
