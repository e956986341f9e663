import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { recordingLogger, type RecordedLog } from '../../../src/logger.js';
import { run, type RunOptions } from '../../../src/main.js';
import type { Severity } from '../../../src/model/severity.js';
import type { AnnotationProperties } from '../../../src/sinks/annotations.js';
import type { FakeGitHub, RecordedRequest } from '../../helpers/fake-github/index.js';
import { FAST_TIMING } from '../../helpers/github-client.js';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const EVENTS = join(ROOT, 'test', 'fixtures', 'events');
export const BASE_SHA = '1111111111111111111111111111111111111111';
export const HEAD_SHA = '2222222222222222222222222222222222222222';

export type Payload = Record<string, unknown> & {
  pull_request: Record<string, unknown> & { head: { sha: string } };
};

/** A fixture payload, parsed fresh (tests change shas and numbers). */
export async function loadEvent(name: string): Promise<Payload> {
  return JSON.parse(await readFile(join(EVENTS, name), 'utf8')) as Payload;
}

/** The payload of a later push: same pull request, new head commit. */
export function withHead(payload: Payload, sha: string, number?: number): Payload {
  const copy = structuredClone(payload);
  copy.pull_request.head.sha = sha;
  if (number !== undefined) {
    copy.pull_request['number'] = number;
    copy['number'] = number;
  }
  return copy;
}

/** Inputs with their action.yml defaults, as the runner passes them (expressions resolved by the caller). */
export async function actionDefaults(): Promise<Record<string, string>> {
  const action = parseYaml(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined && !spec.default.includes('${{')) out[name] = String(spec.default);
  }
  return out;
}

export interface ActionRun {
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly exitCode: number | undefined;
  readonly annotations: [Severity, string, AnnotationProperties][];
  readonly logs: RecordedLog[];
  /** Requests the fake received during this run. */
  readonly requests: RecordedRequest[];
  readonly writes: RecordedRequest[];
  /** The report-json output file's text, read before the run's directory is removed. */
  readonly reportJson: string | undefined;
  readonly sarif: string | undefined;
}

export interface RunSpec {
  readonly event: Payload;
  readonly eventName?: string;
  readonly inputs?: Record<string, string>;
  readonly token?: string;
  readonly workspace?: string;
  readonly options?: Partial<RunOptions>;
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

/**
 * Runs the action in this process exactly as the runner sets it up: INPUT_* variables (action.yml defaults
 * included), GITHUB_EVENT_PATH with the payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL
 * pointing at the fake. Environment and exit code are restored afterwards.
 */
export async function runAction(fake: FakeGitHub, spec: RunSpec): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'mpdg-action-'));
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  const before = fake.requests.length;
  const logger = recordingLogger();
  const annotations: ActionRun['annotations'] = [];
  try {
    const eventPath = join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify(spec.event));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary.md'), '');
    const workspace = spec.workspace ?? (await mkdtemp(join(dir, 'ws-')));
    const inputs = {
      ...(await actionDefaults()),
      'github-token': spec.token ?? 'test-token',
      probe: 'false',
      ...spec.inputs,
    };
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    for (const [name, value] of Object.entries(inputs))
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    Object.assign(process.env, {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: spec.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo/miniapp',
      GITHUB_API_URL: fake.apiUrl,
      GITHUB_GRAPHQL_URL: fake.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_WORKSPACE: workspace,
      GITHUB_RUN_ID: '777',
      RUNNER_TEMP: join(dir, 'runner-temp'),
    });
    await run({
      logger,
      timing: FAST_TIMING,
      annotations: { annotate: (s, m, p) => annotations.push([s, m, p]), info: (m) => logger.info(m) },
      ...spec.options,
    });
    const requests = fake.requests.slice(before);
    const outputs = parseOutputFile(await readFile(join(dir, 'output'), 'utf8'));
    const readIf = (path: string | undefined) =>
      path ? readFile(path, 'utf8').catch(() => undefined) : undefined;
    return {
      outputs,
      reportJson: await readIf(outputs['report-json']),
      sarif: await readIf(outputs['sarif-file']),
      summary: await readFile(join(dir, 'summary.md'), 'utf8'),
      exitCode: process.exitCode === undefined ? undefined : Number(process.exitCode),
      annotations,
      logs: logger.messages,
      requests,
      writes: requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql'),
    };
  } finally {
    process.exitCode = savedExit;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    // Report files are read by tests before this point; the directory goes.
    await rm(dir, { recursive: true, force: true });
  }
}

/** A unified-diff patch that adds every line of a new file. */
export function addedFilePatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}
