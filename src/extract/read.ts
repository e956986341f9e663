import type { SkippedFile } from '../model/endpoint.js';
import type { ProjectSource } from '../model/source.js';
import type { Platform } from '../model/whitelist.js';
import { activeSource } from './conditional.js';
import { contentProblem, DEFAULT_MAX_FILE_BYTES } from './file-checks.js';
import { fileFilter, fileKind, isDataFile, type FileKind, type Selection } from './files.js';
import type { SourceFile } from './modules.js';

export interface ReadOptions extends Selection {
  readonly maxFileBytes?: number;
  /** The build target: code its conditional comments drop is blanked as it is read (default `wechat`). */
  readonly platform?: Platform;
}

/** What every read file is held to, and the platform whose conditional compilation it goes through. */
export interface ReadLimits {
  readonly maxBytes: number;
  readonly platform: Platform;
}

/** The limits `options` ask for, with their defaults. */
export function readLimits(options: ReadOptions): ReadLimits {
  return {
    maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    platform: options.platform ?? 'wechat',
  };
}

const READ_CONCURRENCY = 32;

/** The listed paths the extractor may read: files of a kind it reads, and JSON data files, that the globs keep. */
export async function listCandidates(source: ProjectSource, options: Selection) {
  const keep = fileFilter(options);
  const listed = await source.listFiles();
  const candidates: { path: string; kind: FileKind }[] = [];
  const dataFiles: string[] = [];
  for (const path of [...listed].sort()) {
    if (!keep(path)) continue;
    const kind = fileKind(path);
    if (kind !== undefined) candidates.push({ path, kind });
    else if (isDataFile(path)) dataFiles.push(path);
  }
  return { candidates, dataFiles };
}

/** Reads, filters and checks the project's files: what survives is text worth looking at. */
export async function readProject(
  source: ProjectSource,
  options: ReadOptions,
  skip: (s: SkippedFile) => void,
) {
  const { candidates, dataFiles } = await listCandidates(source, options);
  const files = new Map<string, SourceFile>();
  const totals = { bytesRead: 0, filesRead: 0 };
  await readFiles(source, candidates, readLimits(options), files, totals, skip);
  return { files, dataFiles, filesListed: candidates.length, totals };
}

/**
 * Reads files into `files`, skipping (with a reason) what is too large, binary, minified or unreadable. What is
 * kept is the text a build for `limits.platform` ships (see ./conditional.ts), at the same lines and columns.
 */
export async function readFiles(
  source: ProjectSource,
  candidates: readonly { path: string; kind: FileKind }[],
  limits: ReadLimits,
  files: Map<string, SourceFile>,
  totals: { bytesRead: number; filesRead: number },
  skip: (s: SkippedFile) => void,
  concurrency = READ_CONCURRENCY,
): Promise<void> {
  const { maxBytes, platform } = limits;
  let next = 0;
  const worker = async () => {
    while (next < candidates.length) {
      const { path, kind } = candidates[next++] as { path: string; kind: FileKind };
      try {
        const size = source.fileSize ? await source.fileSize(path) : undefined;
        if (size !== undefined && size > maxBytes) {
          skip({ file: path, reason: 'too-large', detail: `${size} bytes` });
          continue;
        }
        const text = await source.readFile(path);
        if (text === undefined) {
          skip({ file: path, reason: 'unreadable', detail: 'not found' });
          continue;
        }
        totals.filesRead++;
        const bytes = Buffer.byteLength(text);
        totals.bytesRead += bytes;
        if (bytes > maxBytes) {
          skip({ file: path, reason: 'too-large', detail: `${bytes} bytes` });
          continue;
        }
        const problem = kind === 'env' ? undefined : contentProblem(text);
        if (problem) {
          skip({ file: path, reason: problem.reason, detail: problem.detail });
          continue;
        }
        files.set(path, { path, kind, text: activeSource(text, kind, platform) });
      } catch (error) {
        skip({
          file: path,
          reason: 'unreadable',
          detail: error instanceof Error ? error.message : String(error),
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
