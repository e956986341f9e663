import { X509Certificate } from 'node:crypto';
import { ConfigError } from '../errors.js';
import { localize } from '../i18n/translate.js';
import { splitPem } from '../rules/tls/lib/trust-store.js';

/**
 * Checks the text of an extra CA file (`--ca-file`) and returns it. Throws ConfigError naming the file and the
 * certificate that cannot be read: a typo in a staging CA must not silently turn every finding into
 * "untrusted root".
 */
export function validateCaPem(text: string, path: string): string {
  const blocks = splitPem(text);
  if (blocks.length === 0) throw new ConfigError(localize('probe.caFile.empty', { path }));
  blocks.forEach((block, index) => {
    try {
      new X509Certificate(block);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ConfigError(localize('probe.caFile.bad', { path, index: index + 1, detail }));
    }
  });
  return blocks.join('\n') + '\n';
}
