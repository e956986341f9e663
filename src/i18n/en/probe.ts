/** English messages: probe. Keys must match ../zh-CN/probe.ts (checked by the compiler and a test). */
export const probe = {
  'probe.resolve.invalid':
    '--resolve "{value}": {reason}. Expected HOST:PORT:ADDRESS, e.g. api.example.com:443:203.0.113.10 or api.example.com:443:[2001:db8::1].',
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
} as const satisfies Record<string, string>;
