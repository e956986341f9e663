/** Shared TLS test helpers: generated PKIs, local TLS servers, a fake DNS. Other test suites reuse these. */
export { createTestPki, issueCertificate, testKey } from './pki.js';
export type { CertificateSpec, KeyType, SignatureHash, TestCertificate, TestKey, TestPki } from './pki.js';
export { defaultHttpHandler, startTlsServer } from './server.js';
export type { RunningServer, ServerBehaviour, TlsServerOptions } from './server.js';
export { fakeLookup } from './dns.js';
