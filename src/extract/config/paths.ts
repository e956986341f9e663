import { dirName } from '../files.js';
import { aliasesFromPaths, type Alias } from '../resolve.js';
import { jsonAt, type JsonNode } from './json.js';

/** The import aliases of a parsed `tsconfig.json` / `jsconfig.json` (`compilerOptions.paths` and `baseUrl`). */
export function compilerPathAliases(configFile: string, root: JsonNode): Alias[] {
  const paths = jsonAt(root, ['compilerOptions', 'paths'])?.value;
  const baseUrl = jsonAt(root, ['compilerOptions', 'baseUrl'])?.value;
  if (paths?.type !== 'object') return [];
  const record: Record<string, string[]> = {};
  for (const [key, entry] of paths.entries) {
    if (entry.value.type === 'array') {
      record[key] = entry.value.items.flatMap((i) => (i.type === 'string' ? [i.value] : []));
    }
  }
  return aliasesFromPaths(
    dirName(configFile),
    baseUrl?.type === 'string' ? baseUrl.value : undefined,
    record,
  );
}
