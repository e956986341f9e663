/** A place in the repository. Paths are POSIX, relative to the project root; lines and columns are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

export function formatLocation(loc: SourceLocation): string {
  return loc.column ? `${loc.file}:${loc.line}:${loc.column}` : `${loc.file}:${loc.line}`;
}
