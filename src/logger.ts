/** Injected everywhere instead of calling @actions/core or console directly, so tests can record what was said. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {}, error() {} };

/** Writes to stderr so that stdout stays clean for --format json/sarif. */
export function consoleLogger(verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) process.stderr.write(`debug: ${m}\n`);
    },
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    error: (m) => process.stderr.write(`error: ${m}\n`),
  };
}

export interface RecordedLog {
  readonly level: keyof Logger;
  readonly message: string;
}

/** Keeps every message, for assertions in tests. */
export function recordingLogger(): Logger & { readonly messages: RecordedLog[] } {
  const messages: RecordedLog[] = [];
  return {
    messages,
    debug: (message) => messages.push({ level: 'debug', message }),
    info: (message) => messages.push({ level: 'info', message }),
    warning: (message) => messages.push({ level: 'warning', message }),
    error: (message) => messages.push({ level: 'error', message }),
  };
}
