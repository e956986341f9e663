import type { Platform } from '../model/whitelist.js';
import type { FileKind } from './files.js';

/**
 * uni-app conditional compilation (platform-rules.md §3.2, §4.1): a build for one platform keeps only the code
 * whose `#ifdef` / `#ifndef` comments select it. The extractor looks at what ships to the target, so code of
 * other platforms is blanked before anything parses it.
 *
 * Grammar, one directive per line (the whole line is the comment):
 *   `// #ifdef NAME || NAME …`   `/* #ifndef NAME *\/`   `<!-- #endif -->`
 * Names are uni-app's platform names (MP-WEIXIN, MP-ALIPAY, MP, H5, APP-PLUS, …). A name we do not know
 * (VUE3, UNI-APP-X, a custom platform, `uniVersion > 3.9`) may be true or false for the build, so its region
 * is kept: the checker would rather report one endpoint too many than hide one that ships.
 */

/** The uni-app names that are defined when building for each platform (`MP` is any mini program). */
const DEFINED: Readonly<Record<Platform, readonly string[]>> = {
  wechat: ['MP-WEIXIN', 'MP'],
  alipay: ['MP-ALIPAY', 'MP'],
  douyin: ['MP-TOUTIAO', 'MP'],
  baidu: ['MP-BAIDU', 'MP'],
  qq: ['MP-QQ', 'MP'],
};

/** uni-app platform names: each is defined for exactly the builds `DEFINED` says, so it is decidable. */
const KNOWN_PLATFORM_NAMES: ReadonlySet<string> = new Set([
  'MP',
  'MP-WEIXIN',
  'MP-ALIPAY',
  'MP-BAIDU',
  'MP-TOUTIAO',
  'MP-LARK',
  'MP-QQ',
  'MP-KUAISHOU',
  'MP-JD',
  'MP-360',
  'MP-XHS',
  'MP-HARMONY',
  'H5',
  'WEB',
  'APP',
  'APP-PLUS',
  'APP-NVUE',
  'APP-PLUS-NVUE',
  'APP-ANDROID',
  'APP-IOS',
  'APP-HARMONY',
  'QUICKAPP-WEBVIEW',
  'QUICKAPP-WEBVIEW-UNION',
  'QUICKAPP-WEBVIEW-HUAWEI',
]);

/** Taro's `process.env.TARO_ENV` for each platform (platform-rules.md §3.1). */
export const TARO_ENV: Readonly<Record<Platform, string>> = {
  wechat: 'weapp',
  alipay: 'alipay',
  douyin: 'tt',
  baidu: 'swan',
  qq: 'qq',
};

/** Deeper nesting than this is treated as malformed (real projects nest two or three levels). */
const MAX_DEPTH = 64;

type Truth = 'yes' | 'no' | 'unknown';

type Directive =
  | { readonly kind: 'if'; readonly negated: boolean; readonly condition: string }
  | { readonly kind: 'endif' }
  | { readonly kind: 'malformed' };

const SLASH_LINE = /^[ \t]*\/\/[ \t]*#(\w+)(.*)$/;
const SLASH_BLOCK = /^[ \t]*\/\*[ \t]*#(\w+)(.*?)\*\/[ \t]*$/;
const HTML = /^[ \t]*<!--[ \t]*#(\w+)(.*?)-->[ \t]*$/;

/** Which comment forms can carry a directive in a file of this kind. */
function formsFor(kind: FileKind): readonly RegExp[] {
  switch (kind) {
    case 'script':
    case 'json':
      return [SLASH_LINE, SLASH_BLOCK];
    case 'template':
      return [HTML];
    case 'sfc':
      return [SLASH_LINE, SLASH_BLOCK, HTML];
    default:
      return [];
  }
}

/** The directive a line holds, if any. A comment naming another `#word` is not a directive. */
function directiveOf(line: string, forms: readonly RegExp[]): Directive | undefined {
  if (!line.includes('#')) return undefined;
  for (const form of forms) {
    const m = form.exec(line);
    if (!m) continue;
    const word = m[1] as string;
    const rest = (m[2] as string).trim();
    if (word === 'ifdef' || word === 'ifndef') {
      return rest === ''
        ? { kind: 'malformed' }
        : { kind: 'if', negated: word === 'ifndef', condition: rest };
    }
    if (word === 'endif') return { kind: 'endif' };
    // uni-app has no #else / #elif: a build would not do what the author expects, so stop trusting the file.
    if (word === 'else' || word === 'elif' || word === 'elifdef' || word === 'elifndef')
      return { kind: 'malformed' };
    return undefined;
  }
  return undefined;
}

/** `A || B || C` with three-valued names: true if any is true, false only if all are false. */
function evaluateCondition(condition: string, platform: Platform): Truth {
  const defined = DEFINED[platform];
  let result: Truth = 'no';
  for (const term of condition.split('||')) {
    const name = term.trim().toUpperCase();
    let truth: Truth;
    if (!/^[A-Z0-9_-]+$/.test(name) || !KNOWN_PLATFORM_NAMES.has(name)) truth = 'unknown';
    else truth = defined.includes(name) ? 'yes' : 'no';
    if (truth === 'yes') return 'yes';
    if (truth === 'unknown') result = 'unknown';
  }
  return result;
}

function keeps(directive: { negated: boolean; condition: string }, platform: Platform): boolean {
  const truth = evaluateCondition(directive.condition, platform);
  if (truth === 'unknown') return true;
  return directive.negated ? truth === 'no' : truth === 'yes';
}

/** Line terminators (as JavaScript counts them) stay, so that every line and column after a blank is unchanged. */
function blank(text: string): string {
  return text.replace(/[^\r\n\u2028\u2029]/g, ' ');
}

/**
 * The text a build for `platform` keeps: regions its conditional comments drop are replaced by spaces, every
 * line terminator kept, so the result has the input's length and every position means the same place.
 * A stray `#endif`, an `#ifdef` without a condition or without its `#endif`, `#else`, or nesting deeper than
 * MAX_DEPTH make the rest of the file (from that directive on) come back unchanged. Never throws; linear time.
 */
export function activeSource(text: string, fileKind: FileKind, platform: Platform): string {
  if (!text.includes('#ifdef') && !text.includes('#ifndef')) return text;
  const forms = formsFor(fileKind);
  if (forms.length === 0) return text;

  // Each open directive: where it starts, and whether its region (and all enclosing ones) is kept.
  const stack: { offset: number; kept: boolean }[] = [];
  const dropped: [number, number][] = [];
  let trustedUntil = text.length;
  const lineBreak = /\r\n|[\r\n\u2028\u2029]/g;
  let start = 0;
  while (start <= text.length) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    const directive = directiveOf(line, forms);
    const kept = stack.length === 0 || (stack[stack.length - 1] as { kept: boolean }).kept;
    if (directive === undefined) {
      if (!kept && end > start) dropped.push([start, end]);
    } else if (directive.kind === 'malformed' || (directive.kind === 'if' && stack.length >= MAX_DEPTH)) {
      trustedUntil = start;
      break;
    } else if (directive.kind === 'if') {
      stack.push({ offset: start, kept: kept && keeps(directive, platform) });
    } else if (stack.length === 0) {
      trustedUntil = start;
      break;
    } else {
      stack.pop();
    }
    if (!found) break;
    start = found.index + found[0].length;
  }
  if (stack.length > 0) trustedUntil = Math.min(trustedUntil, (stack[0] as { offset: number }).offset);

  let out = '';
  let at = 0;
  for (const [from, to] of dropped) {
    if (from >= trustedUntil) break;
    out += text.slice(at, from) + blank(text.slice(from, to));
    at = to;
  }
  return out + text.slice(at);
}
