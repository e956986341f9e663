/**
 * Hidden markers that let the bot find its own comments again (reviewdog's `<!-- __reviewdog__ -->` idea).
 * Every marker carries a `key` (the whitelist path) so that two uses of the action in one repository, each
 * with its own whitelist, never edit or delete each other's comments.
 */

const PREFIX = 'mp-domain-guard';

/** Keeps a key safe inside an HTML comment and a regular expression. */
export function markerKey(raw: string): string {
  return raw.replace(/[^A-Za-z0-9._/@+-]/g, '_').slice(0, 200) || '_';
}

export function summaryMarker(key: string): string {
  return `<!-- ${PREFIX}:summary key=${markerKey(key)} -->`;
}

export function reviewMarker(key: string): string {
  return `<!-- ${PREFIX}:review key=${markerKey(key)} -->`;
}

export function findingMarker(key: string, fingerprint: string): string {
  return `<!-- ${PREFIX}:finding key=${markerKey(key)} fp=${fingerprint.replace(/[^A-Za-z0-9]/g, '')} -->`;
}

export function hasSummaryMarker(body: string, key: string): boolean {
  return body.includes(summaryMarker(key));
}

/** A comment the bot wrote starts with the marker (a quote of it would start with "> "). */
export function isSummaryComment(body: string, key: string): boolean {
  return body.trimStart().startsWith(summaryMarker(key));
}

export function hasReviewMarker(body: string, key: string): boolean {
  return body.includes(reviewMarker(key));
}

/**
 * The fingerprint of the finding an inline comment is about, when it is one of ours for this key: the body
 * starts with the marker (a quote of it would start with "> ").
 */
export function findingFingerprintOf(body: string, key: string): string | undefined {
  const prefix = `<!-- ${PREFIX}:finding key=${markerKey(key)} fp=`;
  const text = body.trimStart();
  if (!text.startsWith(prefix)) return undefined;
  return /^([A-Za-z0-9]+) -->/.exec(text.slice(prefix.length))?.[1];
}
