/** What a CLI command may touch: injected so tests run commands in-process and read what they print. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a colour terminal. */
  readonly isTty?: boolean;
}
