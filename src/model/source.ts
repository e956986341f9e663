/**
 * Where project files come from: the disk, a git ref, or the GitHub API at a pull request's head sha.
 * Paths are POSIX and relative to the project root.
 */
export interface ProjectSource {
  /** A short description for messages, e.g. `/repo`, `git:HEAD~1`, `github:owner/repo@sha`. */
  readonly label: string;
  /** Every file path of the project (not filtered: the extractor applies defaults and include/exclude). */
  listFiles(): Promise<readonly string[]>;
  /** UTF-8 text of a file, or `undefined` when it does not exist. */
  readFile(path: string): Promise<string | undefined>;
  /** Size in bytes when it is known without reading the file. */
  fileSize?(path: string): Promise<number | undefined>;
}
