import { createHash } from 'node:crypto';

/**
 * A stable fingerprint from the parts that identify a finding (rule id, file, url or host, specific key).
 * Line numbers are deliberately left out so that unrelated edits above a finding do not make it "new".
 */
export function fingerprint(...parts: ReadonlyArray<string | number | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return hash.digest('hex').slice(0, 16);
}
