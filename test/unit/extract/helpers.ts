import type { Endpoint, UnresolvedCall } from '../../../src/model/endpoint.js';
import type { ProjectSource } from '../../../src/model/source.js';
import { extractProject, type ExtractOptions, type ExtractionResult } from '../../../src/extract/index.js';

/** A project held in memory: path → text. */
export function memorySource(files: Readonly<Record<string, string>>, label = 'memory'): ProjectSource {
  return {
    label,
    listFiles: async () => Object.keys(files),
    readFile: async (path) => (Object.hasOwn(files, path) ? files[path] : undefined),
    fileSize: async (path) =>
      Object.hasOwn(files, path) ? Buffer.byteLength(files[path] as string) : undefined,
  };
}

export function extract(
  files: Readonly<Record<string, string>>,
  options?: ExtractOptions,
): Promise<ExtractionResult> {
  return extractProject(memorySource(files), options);
}

/** `list url` lines, sorted: a compact view for assertions. */
export function urls(result: ExtractionResult): string[] {
  return result.endpoints.map((e: Endpoint) => `${e.list} ${e.url}`).sort();
}

export function unresolvedLines(result: ExtractionResult): string[] {
  return result.unresolved.map((u: UnresolvedCall) => `${u.list} ${u.reason} ${u.expression}`).sort();
}
