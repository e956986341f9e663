/** English messages: probe. Keys must match ../zh-CN/probe.ts (checked by the compiler and a test). */
export const probe = {
  'probe.resolve.invalid':
    '--resolve "{value}": {reason}. Expected HOST:PORT:ADDRESS[:CONNECT_PORT], e.g. api.example.com:443:203.0.113.10, api.example.com:443:[2001:db8::1] or api.example.com:443:127.0.0.1:8443 (dial another port).',
  'probe.resolve.shape': 'three parts separated by colons are needed',
  'probe.resolve.host': 'the host name is empty or contains characters a host name cannot have',
  'probe.resolve.port': 'the port must be a whole number from 1 to 65535',
  'probe.resolve.address': 'the address must be an IPv4 or IPv6 address',
  'probe.target.invalid':
    'Target "{value}" is not an origin or host name ({reason}). Give https://HOST[:PORT], wss://HOST[:PORT] or HOST[:PORT].',
  'probe.target.scheme': 'only https and wss origins use TLS',
  'probe.target.host': 'the host is not a valid host name or IP address',
  'probe.target.path': 'a target has no path, query or fragment',
  'probe.caFile.empty': '{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----).',
  'probe.caFile.bad': '{path}: certificate {index} cannot be read ({detail}).',
  'probe.cli.usage': `Usage: mp-domain-guard probe [TARGET...] [options]

Checks TLS and certificates the way the strictest mini program clients do (old Android without AIA fetching,
iOS with App Transport Security and Apple's certificate rules). TARGET is an origin (https://HOST[:PORT],
wss://HOST[:PORT]) or HOST[:PORT].

Options:
  --whitelist PATH               probe every https/wss entry of this whitelist file (and its verification files)
  --resolve HOST:PORT:ADDRESS    connect to ADDRESS for HOST:PORT, like curl (repeatable; private addresses allowed)
  --ca-file PATH                 also trust these PEM roots (judged like public roots: for staging servers)
  --concurrency N                hosts probed at the same time (default 8)
  --timeout SECONDS              total time per host (default 10)
  --expiry-days N                warn when a certificate expires within N days (default 30)
  --rules-exclude ID[,ID]        switch rules off by id or source
  --format text|markdown|json    output format (default text)
  --lang en|zh-CN                language of the messages
  --fail-level error|warning|notice|none   exit 1 when a finding reaches it (default error)

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage or configuration error.`,
  'probe.cli.noTargets': 'Give at least one TARGET or --whitelist PATH (see mp-domain-guard probe --help).',
  'probe.cli.whitelistUnreadable': 'Whitelist {path} could not be read: {detail}',
  'probe.cli.whitelistProblem': 'warning: {location}: {message} (entry skipped)',
  'probe.cli.whitelistEmpty': 'warning: {path} has no https or wss entry to probe.',
  'probe.report.title': 'TLS probe: {hosts} host(s)',
  'probe.report.summary':
    '{hosts} host(s) probed, {failed} not reachable; {errors} error(s), {warnings} warning(s), {notices} notice(s).',
  'probe.report.lists': 'lists: {lists}',
  'probe.report.noLists': 'no list given',
  'probe.report.address': 'address {address}',
  'probe.report.negotiated': 'negotiated {protocol}, {cipher}',
  'probe.report.protocols': 'accepts {accepted}; refuses {refused}',
  'probe.report.certificate': 'certificate {subject}, issued by {issuer}; {key}, {signature}',
  'probe.report.expires': 'expires {date} ({days} days left)',
  'probe.report.expired': 'expired {date} ({days} days ago)',
  'probe.report.chain': 'chain as sent: {chain}',
  'probe.report.chainDecrypted': 'chain as sent (TLS 1.3, read by decrypting the handshake): {chain}',
  'probe.report.chainRebuilt': 'chain as rebuilt by Node, not necessarily as sent: {chain}',
  'probe.report.failed': 'not probed completely: {reason}',
  'probe.report.noFindings': 'no findings',
  'probe.report.none': 'none',
  'probe.md.host': 'Host',
  'probe.md.lists': 'Lists',
  'probe.md.protocols': 'Protocols',
  'probe.md.issuer': 'Issuer',
  'probe.md.expires': 'Expires',
  'probe.md.daysLeft': 'Days left',
  'probe.md.findings': 'Findings',
  'probe.md.details': 'Findings by host',
} as const satisfies Record<string, string>;
