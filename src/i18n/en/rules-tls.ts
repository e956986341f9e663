/** English messages: rules-tls. Keys must match ../zh-CN/rules-tls.ts (checked by the compiler and a test). */
export const rulesTls = {
  // Why a network step failed (inserted as {reason}).
  'rulesTls.reason.unknown': 'no reason recorded',
  'rulesTls.reason.no-address': 'no A or AAAA record ({detail})',
  'rulesTls.reason.private-address': 'only non-public addresses',
  'rulesTls.reason.refused': 'connection refused',
  'rulesTls.reason.unreachable': 'no route to the address',
  'rulesTls.reason.timed-out': 'no answer before the deadline',
  'rulesTls.reason.reset': 'the server reset the connection',
  'rulesTls.reason.closed': 'the server closed the connection',
  'rulesTls.reason.tls-alert': 'TLS alert "{alert}"',
  'rulesTls.reason.protocol-error': 'not a valid TLS answer ({detail})',

  // Address categories of the forgery guard.
  'rulesTls.address.entry': '{address} ({category})',
  'rulesTls.address.loopback': 'loopback',
  'rulesTls.address.private': 'private network',
  'rulesTls.address.link-local': 'link-local',
  'rulesTls.address.cgnat': 'carrier-grade NAT',
  'rulesTls.address.multicast': 'multicast',
  'rulesTls.address.unspecified': 'unspecified',
  'rulesTls.address.metadata': 'cloud metadata service',
  'rulesTls.address.reserved': 'reserved',
  'rulesTls.address.unique-local': 'IPv6 unique local',
  'rulesTls.address.broadcast': 'broadcast',
  'rulesTls.address.documentation': 'documentation range',

  'rulesTls.cert.leaf': 'the server certificate "{name}"',
  'rulesTls.cert.intermediate': 'the intermediate certificate "{name}"',
  'rulesTls.kx.static': 'static RSA key exchange, no forward secrecy',
  'rulesTls.kx.ephemeral': 'ephemeral {type} {name}',

  'rulesTls.dns-unresolvable.description': 'The domain has no A or AAAA record, so no phone can reach it.',
  'rulesTls.dns-unresolvable.fix':
    'Publish the DNS records, or remove the entry if the domain is no longer used.',
  'rulesTls.dns-unresolvable.message':
    '{host} cannot be resolved: {reason}. Phones cannot reach it: publish its A/AAAA records, or remove the entry if the domain is no longer used.',

  'rulesTls.private-address.description':
    'The domain resolves to addresses phones cannot reach from the internet (loopback, private, link-local, metadata).',
  'rulesTls.private-address.fix':
    'Publish a public address; to test a staging server, map it explicitly with --resolve HOST:PORT:ADDRESS.',
  'rulesTls.private-address.all':
    '{host} resolves only to addresses phones cannot reach from the internet: {addresses}. The probe did not connect (it refuses such addresses so that a pull request cannot point it at internal services). Publish a public address; to test a staging server, map it explicitly: --resolve {host}:{port}:ADDRESS.',
  'rulesTls.private-address.some':
    '{host}:{port} resolves to public addresses and to addresses phones cannot reach: {addresses}. Phones that pick one of the latter fail; remove those DNS records. The probe used {address}.',

  'rulesTls.connect-failed.description': 'The server does not accept TCP connections on the port.',
  'rulesTls.connect-failed.fix':
    'Make the server listen on the port and open it in the firewall to the internet.',
  'rulesTls.connect-failed.message':
    '{host}:{port} ({address}) did not accept a connection: {reason}. Check that the server listens on port {port} and that the firewall lets the internet in.{hint}',
  'rulesTls.connect-failed.ipv6Hint':
    ' The host has only IPv6 addresses (or the probe chose one) and this machine has no route to it; phones on IPv4-only networks cannot reach an IPv6-only host either: publish an A record too.',

  'rulesTls.tls-handshake-failed.description':
    'The server accepts connections but completes no TLS handshake.',
  'rulesTls.tls-handshake-failed.fix':
    'Serve HTTPS on the port with a certificate for the domain, with TLS 1.2 (and 1.3) enabled.',
  'rulesTls.tls-handshake-failed.message':
    '{host}:{port} accepted the connection, but no TLS handshake succeeded (TLS 1.2: {tls12}; TLS 1.3: {tls13}). Check that this port serves HTTPS with a certificate for the domain and that TLS 1.2 is enabled.',

  'rulesTls.tls12-unsupported.description':
    'The server does not accept TLS 1.2, which WeChat requires and older Android phones need.',
  'rulesTls.tls12-unsupported.fix': 'Enable TLS 1.2 next to TLS 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3;).',
  'rulesTls.tls12-unsupported.message':
    'The server refused a TLS 1.2 handshake ({reason}); it accepts only {accepted}. WeChat requires TLS 1.2 and older Android phones cannot use TLS 1.3: enable TLS 1.2 (nginx: ssl_protocols TLSv1.2 TLSv1.3;).',

  'rulesTls.tls13-unsupported.description': 'The server does not accept TLS 1.3 (TLS 1.2 works).',
  'rulesTls.tls13-unsupported.fix': 'Enable TLS 1.3 next to TLS 1.2 (nginx: ssl_protocols TLSv1.2 TLSv1.3;).',
  'rulesTls.tls13-unsupported.message':
    'The server does not accept TLS 1.3 ({reason}). TLS 1.2 works, which is enough today; recent iOS and Android versions prefer TLS 1.3: enable it next to TLS 1.2.',

  'rulesTls.tls-legacy-enabled.description': 'The server still accepts TLS 1.0 or TLS 1.1.',
  'rulesTls.tls-legacy-enabled.fix': 'Disable TLS 1.0 and 1.1 (nginx: ssl_protocols TLSv1.2 TLSv1.3;).',
  'rulesTls.tls-legacy-enabled.message':
    'The server still accepts {versions} (negotiated {cipher}). Apple asks apps to avoid these versions and SSL Labs caps such servers at grade B: disable TLS 1.0 and 1.1 (nginx: ssl_protocols TLSv1.2 TLSv1.3;).',

  'rulesTls.tls-no-forward-secrecy.description':
    'Over TLS 1.2 the server accepts none of the ECDHE + AES suites App Transport Security requires.',
  'rulesTls.tls-no-forward-secrecy.fix':
    'Enable ECDHE suites with AES-GCM, e.g. ECDHE-RSA-AES128-GCM-SHA256 and ECDHE-ECDSA-AES128-GCM-SHA256.',
  'rulesTls.tls-no-forward-secrecy.message':
    'Over TLS 1.2 the server negotiated {cipher} ({keyExchange}) and refused every suite App Transport Security accepts ({reason}). iOS requires ECDHE with AES over TLS 1.2: enable e.g. ECDHE-RSA-AES128-GCM-SHA256 and ECDHE-ECDSA-AES128-GCM-SHA256.',

  'rulesTls.cert-expired.description': 'The server certificate or an intermediate it sends has expired.',
  'rulesTls.cert-expired.fix':
    'Install the renewed certificate with its intermediates and reload the server.',
  'rulesTls.cert-expired.message':
    '{cert} expired on {date} ({days} days ago). Install a renewed certificate with its intermediates on the server and reload it.',

  'rulesTls.cert-not-yet-valid.description': 'A certificate the server sends is not valid yet.',
  'rulesTls.cert-not-yet-valid.fix':
    'Install a currently valid certificate, or fix the dates or the issuing clock.',
  'rulesTls.cert-not-yet-valid.message':
    '{cert} is not valid before {date}; phones with a correct clock reject it until then. Install a currently valid certificate.',

  'rulesTls.cert-expiring-soon.description': 'The server certificate or an intermediate expires soon.',
  'rulesTls.cert-expiring-soon.fix': 'Renew the certificate and install it before it expires.',
  'rulesTls.cert-expiring-soon.message':
    '{cert} expires on {date}, in {days} days (warning threshold {threshold} days). Renew it and install the new certificate before then.',

  'rulesTls.cert-hostname-mismatch.description':
    "The domain is not among the certificate's subject alternative names (the common name is ignored).",
  'rulesTls.cert-hostname-mismatch.fix':
    'Install a certificate that lists the domain, or make the server (SNI) send the right certificate for it.',
  'rulesTls.cert-hostname-mismatch.message':
    '{host} is not among the names in the certificate: {names}. Phones check only these subject alternative names, not the common name "{cn}", and a wildcard covers exactly one label: install a certificate that lists {host}, or make the server send the right certificate for this name (SNI).',

  'rulesTls.cert-no-san.description': 'The server certificate has no subject alternative names.',
  'rulesTls.cert-no-san.fix': 'Reissue the certificate with the domain as a DNS subject alternative name.',
  'rulesTls.cert-no-san.message':
    'The server certificate has no subject alternative names; its common name is "{cn}". iOS 13 and later ignore the common name, so it matches no host: reissue it with {host} as a DNS subject alternative name.',

  'rulesTls.cert-self-signed.description': 'The server certificate is self-signed.',
  'rulesTls.cert-self-signed.fix': "Install a certificate from a publicly trusted CA (e.g. Let's Encrypt).",
  'rulesTls.cert-self-signed.message':
    'The server certificate "{name}" is self-signed. iOS never accepts self-signed certificates and no phone trusts them: install a certificate from a publicly trusted CA (e.g. Let\'s Encrypt).',

  'rulesTls.cert-untrusted-root.description':
    'The certificate chain ends at a root that phones do not trust.',
  'rulesTls.cert-untrusted-root.fix': 'Use a certificate issued by a publicly trusted CA.',
  'rulesTls.cert-untrusted-root.message':
    'The chain ends at "{root}", a root certificate that is not in the public root stores phones use. Use a certificate from a publicly trusted CA.',

  'rulesTls.cert-chain-incomplete.description':
    'The server does not send the intermediate certificates; Android does not download them.',
  'rulesTls.cert-chain-incomplete.fix':
    'Serve the full chain: the server certificate followed by the intermediates (e.g. nginx ssl_certificate fullchain.pem).',
  'rulesTls.cert-chain-incomplete.message':
    'The server sent {count} certificate(s) ({sent}), but the issuer of "{stuck}", {issuer}, is neither among them nor a trusted root. Browsers download or cache it; Android does not, and fails with "Trust anchor for certification path not found". Serve the full chain: the server certificate followed by the intermediates (e.g. nginx ssl_certificate fullchain.pem). {download}{privateRoot}',
  'rulesTls.cert-chain-incomplete.aia': 'The CA publishes the missing certificate at {url}.',
  'rulesTls.cert-chain-incomplete.noAia':
    'The certificate names no "CA Issuers" URL; get the intermediate from your CA.',
  'rulesTls.cert-chain-incomplete.privateRoot':
    ' If {issuer} is a private root, phones will not trust it: use a certificate from a publicly trusted CA (to test a staging server, give its root with --ca-file).',

  'rulesTls.cert-chain-order.description':
    'The server sends its certificates out of order, or sends extra ones.',
  'rulesTls.cert-chain-order.fix':
    'Send the server certificate first, then each issuer in turn, and nothing else.',
  'rulesTls.cert-chain-order.message':
    'The server sends its certificates as {sent}; clients expect {expected}.{extraNote} Some clients fail on such a chain: send the server certificate first, then each issuer in turn.',
  'rulesTls.cert-chain-order.extraNote': ' Not part of the chain: {extra}.',

  'rulesTls.cert-weak-key.description':
    'A certificate has an RSA key under 2048 bits or an EC key under 256 bits.',
  'rulesTls.cert-weak-key.fix': 'Reissue the certificate with an RSA 2048 (or larger) or EC P-256 key.',
  'rulesTls.cert-weak-key.message':
    '{cert} has a {key} key. iOS requires RSA keys of at least 2048 bits or EC keys of at least 256 bits for the server certificate and its issuing CAs: reissue it with an RSA 2048 or EC P-256 key.',

  'rulesTls.cert-weak-signature.description': 'A certificate is signed with SHA-1 or MD5.',
  'rulesTls.cert-weak-signature.fix': 'Reissue the certificate with a SHA-256 signature.',
  'rulesTls.cert-weak-signature.message':
    '{cert} is signed with {algorithm}. iOS requires SHA-256 or stronger and no longer trusts SHA-1 for TLS: reissue it with a SHA-256 signature.',

  'rulesTls.cert-validity-too-long.description':
    "The server certificate's validity exceeds Apple's limit (398 days from 2020-09-01, 825 days from 2019-07-01).",
  'rulesTls.cert-validity-too-long.fix': 'Reissue the certificate with a validity of at most 397 days.',
  'rulesTls.cert-validity-too-long.message':
    'The server certificate is valid for {days} days ({from} to {to}). iOS rejects certificates issued from {cutoff} that are valid for more than {limit} days: reissue it with a validity of at most 397 days.',

  'rulesTls.cert-no-server-auth-eku.description':
    'The server certificate lacks the extended key usage serverAuth that iOS 13 requires.',
  'rulesTls.cert-no-server-auth-eku.fix': 'Reissue the certificate with extendedKeyUsage = serverAuth.',
  'rulesTls.cert-no-server-auth-eku.missing':
    'The server certificate has no extended key usage extension. iOS 13 and later require id-kp-serverAuth in it for certificates issued from 2019-07-01: reissue it with extendedKeyUsage = serverAuth.',
  'rulesTls.cert-no-server-auth-eku.without':
    'The server certificate allows only {usages}, not serverAuth. iOS 13 and later require id-kp-serverAuth for certificates issued from 2019-07-01: reissue it with extendedKeyUsage = serverAuth.',

  'rulesTls.cert-no-sct.description':
    'The server certificate carries too few embedded certificate transparency SCTs.',
  'rulesTls.cert-no-sct.fix':
    'Ask the CA for a certificate with embedded SCTs, or deliver SCTs in the handshake.',
  'rulesTls.cert-no-sct.none':
    'The server certificate carries no embedded Signed Certificate Timestamps. Apple requires certificate transparency proof for publicly trusted certificates ({required} embedded SCTs from distinct logs for this lifetime, or SCTs sent in the TLS handshake or OCSP response, which this probe does not see): make sure your CA embeds SCTs.',
  'rulesTls.cert-no-sct.few':
    'The server certificate embeds {count} SCT(s) from {logs} distinct log(s); Apple requires {required} for this lifetime unless SCTs are sent in the TLS handshake or OCSP response (which this probe does not see). Ask your CA for a certificate with enough SCTs.',

  'rulesTls.http-redirect-offsite.description': 'The origin redirects to another host.',
  'rulesTls.http-redirect-offsite.fix':
    'Whitelist the redirect target in the same list (and check it), or serve the content without the redirect.',
  'rulesTls.http-redirect-offsite.message':
    '{url} answers {status} with a redirect to {location}. WeChat matches hosts exactly, so a request that follows it needs {host} whitelisted in {lists} with a valid certificate as well: add it, or serve the content without the redirect.',

  'rulesTls.hsts-missing.description': 'The origin sends no Strict-Transport-Security header.',
  'rulesTls.hsts-missing.fix': 'Send Strict-Transport-Security: max-age=31536000.',
  'rulesTls.hsts-missing.message':
    '{url} (HTTP {status}) sends no usable Strict-Transport-Security header (seen: {header}). Add "Strict-Transport-Security: max-age=31536000" so that web views and browsers never fall back to plain HTTP.',

  'rulesTls.webview-verify-file.description':
    'The business-domain verification file is missing from the domain root or differs from what WeChat issued.',
  'rulesTls.webview-verify-file.fix':
    'Upload the verification file WeChat issued, unchanged, to the domain root.',
  'rulesTls.webview-verify-file.unreachable':
    'The verification file {url} could not be fetched: {reason}. WeChat fetches it to confirm the business domain: serve {file} at the root of {host}.',
  'rulesTls.webview-verify-file.status':
    'The verification file {url} answered HTTP {status} (Location: {location}) instead of 200. WeChat fetches it to confirm the business domain: serve {file} at the root of {host}, without a redirect.',
  'rulesTls.webview-verify-file.content':
    'The verification file {url} does not hold the expected content: expected "{expected}", got "{actual}". Upload {file} exactly as WeChat issued it to the root of {host}.',
} as const satisfies Record<string, string>;
