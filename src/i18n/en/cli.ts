/** English messages: cli. Keys must match ../zh-CN/cli.ts (checked by the compiler and a test). */
export const cli = {
  'cli.usage': `Usage: mp-domain-guard <command> [options]

Commands:
  scan [DIR]                     check every endpoint of the project in DIR (default: .)
  diff --base REF [--head REF] [DIR]
                                 check only what a change adds (head defaults to the working tree)
  probe [TARGET...]              check TLS and certificates of origins or hosts (--whitelist: every entry)
  rules                          list the rules with their ids, severities and citations
  help, --help                   this text;  --version  the version

Options for scan and diff:
  --whitelist PATH               whitelist file, relative to DIR (default mp-domains.yml)
  --format text|markdown|json|sarif
  --fail-level error|warning|notice|none   exit 1 when a finding reaches it (default error)
  --lang en|zh-CN                language of the messages (default from LANG)
  --include GLOB, --exclude GLOB override the default skipped paths (repeatable)
  --rules-exclude ID[,ID]        switch rules off by id or source (e.g. Apple)
  --probe                        also probe TLS of the domains of new endpoints and added entries
  --resolve HOST:PORT:ADDRESS    with --probe: connect to ADDRESS for HOST:PORT (repeatable)
  --ca-file PATH, --timeout SECONDS, --concurrency N, --expiry-days N   probe settings
  --no-color                     plain text output

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage or configuration error.`,
  'cli.unknownCommand': 'Unknown command "{command}". Run "mp-domain-guard --help" for the list of commands.',
  'cli.badOption': 'Invalid command line: {detail}',
  'cli.badChoice': 'Option --{option} takes one of {choices}; got "{value}".',
  'cli.badNumber': 'Option --{option} takes a whole number from {min} to {max}; got "{value}".',
  'cli.missingBase': 'diff needs --base REF (a branch, tag or commit to compare with).',
  'cli.notDirectory': 'Project directory {dir} does not exist or is not a directory.',
  'cli.git.badRef': '"{ref}" is not a commit in the git repository at {dir}.',
  'cli.git.notRepository': '{dir} is not inside a git work tree; diff needs git.',
  'cli.caFileUnreadable': 'CA file {path} could not be read: {detail}',
  'cli.configError': 'error: {detail}',
  'cli.internalError': 'mp-domain-guard stopped because of a bug: {detail}',
  'cli.rules.header': 'Rules ({count})',
} as const satisfies Record<string, string>;
