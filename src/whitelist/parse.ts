import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { WhitelistMessageKey } from '../i18n/en/whitelist.js';
import type { ConsoleList } from '../model/lists.js';
import {
  PLATFORMS,
  type Platform,
  type VerifyFile,
  type Whitelist,
  type WhitelistEntry,
  type WhitelistProblem,
} from '../model/whitelist.js';
import { platformFacts, platformLists } from '../platform/platforms.js';
import { exampleEntry, validateEntry } from './entry.js';
import {
  ACCEPTED_KEYS,
  JSON_LIST_KEYS,
  PLATFORM_KEY,
  WEBVIEW_ENTRY_FIELDS,
  isIgnoredKey,
  listOfKey,
  suggestKey,
} from './keys.js';

export { diffWhitelists } from './diff.js';

/** Bounds that keep hostile input cheap: the parser stays well under a second on anything that passes them. */
export const WHITELIST_LIMITS = {
  /** Characters. A full WeChat console (6 × 200 server entries + 300 business domains) is about 100 K. */
  maxChars: 256 * 1024,
  /** Nesting of flow brackets; a whitelist needs 2, YAML's parser recurses on them. */
  maxFlowDepth: 64,
  /** Problems reported per file; the rest are counted in one closing problem. */
  maxProblems: 200,
} as const;

export interface WhitelistParseResult {
  readonly whitelist: Whitelist;
  readonly problems: WhitelistProblem[];
}

/** A whitelist with no entries, for a repository that has no whitelist file yet. */
export function emptyWhitelist(path: string, platform: Platform = 'wechat'): Whitelist {
  return { path, platform, format: 'yaml', entries: [] };
}

/**
 * Reads the committed whitelist: the YAML form (`request:`, `socket:` …, `platform:`) or the JSON that WeChat's
 * modify_domain / setwebviewdomain APIs return (YAML is a superset of JSON, so one parser gives positions for
 * both). Never throws: every problem becomes a `WhitelistProblem` with line and column, and valid entries load
 * even when other lines are broken.
 */
export function parseWhitelist(text: string, path: string): WhitelistParseResult {
  return new WhitelistReader(text, path).read();
}

type Position = { readonly line: number; readonly column: number };

class WhitelistReader {
  private readonly problems: WhitelistProblem[] = [];
  private omitted = 0;
  private firstOmitted: Position | undefined;
  private readonly lineCounter = new LineCounter();
  private readonly text: string;
  private platform: Platform = 'wechat';
  private usesJsonKeys = false;

  constructor(
    text: string,
    private readonly path: string,
  ) {
    // A byte-order mark is not part of line 1's columns in any editor.
    this.text = text.startsWith('\uFEFF') ? text.slice(1) : text;
  }

  read(): WhitelistParseResult {
    const entries = this.readEntries();
    this.problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (this.omitted > 0) {
      const at = this.firstOmitted ?? { line: 1, column: 1 };
      this.problems.push(this.problemAt(at, 'whitelist.moreProblems', { count: this.omitted }));
    }
    const whitelist: Whitelist = {
      path: this.path,
      platform: this.platform,
      format: this.usesJsonKeys ? 'modify-domain-json' : 'yaml',
      entries,
    };
    return { whitelist, problems: this.problems };
  }

  private readEntries(): WhitelistEntry[] {
    const start = { line: 1, column: 1 };
    if (this.text.length > WHITELIST_LIMITS.maxChars) {
      this.report(start, 'whitelist.tooLarge', {
        size: this.text.length,
        limit: WHITELIST_LIMITS.maxChars,
        path: this.path,
      });
      return [];
    }
    const depth = maxFlowDepth(this.text);
    if (depth > WHITELIST_LIMITS.maxFlowDepth) {
      this.report(start, 'whitelist.tooDeep', { depth, limit: WHITELIST_LIMITS.maxFlowDepth });
      return [];
    }
    let doc;
    try {
      // uniqueKeys off: the library's duplicate check is quadratic; duplicates are reported below instead.
      doc = parseDocument(this.text, {
        lineCounter: this.lineCounter,
        prettyErrors: false,
        uniqueKeys: false,
      });
    } catch (error) {
      this.report(start, 'whitelist.unreadable', {
        detail: error instanceof Error ? error.message : String(error),
      });
      return [];
    }
    for (const error of doc.errors) {
      this.report(this.position(error.pos[0]), 'whitelist.syntax', { detail: firstLine(error.message) });
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
      if (doc.errors.length === 0) this.report(start, 'whitelist.empty', {});
      return [];
    }
    if (!isMap(root)) {
      this.report(this.nodePosition(root), 'whitelist.notMapping', { found: kindOf(root) });
      return [];
    }
    const pairs = root.items as Pair<unknown, unknown>[];
    this.readPlatform(pairs);
    return this.readLists(pairs);
  }

  private readPlatform(pairs: readonly Pair<unknown, unknown>[]): void {
    for (const pair of pairs) {
      if (keyText(pair) !== PLATFORM_KEY) continue;
      const value = pair.value as Node | null;
      const written =
        isScalar(value) && typeof value.value === 'string' ? value.value.trim().toLowerCase() : undefined;
      if (written !== undefined && (PLATFORMS as readonly string[]).includes(written)) {
        this.platform = written as Platform;
      } else {
        const shown = isScalar(value) ? String(value.value) : kindOf(value);
        this.report(this.nodePosition(value ?? (pair.key as Node)), 'whitelist.platformInvalid', {
          value: shown,
          valid: PLATFORMS.join(', '),
        });
      }
    }
  }

  private readLists(pairs: readonly Pair<unknown, unknown>[]): WhitelistEntry[] {
    const entries: WhitelistEntry[] = [];
    const seenKeys = new Map<string, number>();
    const seenOrigins = new Map<string, number>();
    for (const pair of pairs) {
      const keyNode = pair.key as Node | null;
      const key = keyText(pair);
      const at = this.nodePosition(keyNode ?? (pair.value as Node | null));
      if (key === undefined) {
        this.report(at, 'whitelist.unknownKey', {
          key: this.sourceOf(keyNode),
          valid: ACCEPTED_KEYS.join(', '),
        });
        continue;
      }
      const firstLine = seenKeys.get(key);
      if (firstLine !== undefined) this.report(at, 'whitelist.duplicateKey', { key, firstLine });
      else seenKeys.set(key, at.line);
      if (key === PLATFORM_KEY || isIgnoredKey(key)) continue;
      const list = listOfKey(key);
      if (list === undefined) {
        const suggestion = suggestKey(key);
        if (suggestion) this.report(at, 'whitelist.unknownKeySuggest', { key, suggestion });
        else this.report(at, 'whitelist.unknownKey', { key, valid: ACCEPTED_KEYS.join(', ') });
        continue;
      }
      if (Object.hasOwn(JSON_LIST_KEYS, key)) this.usesJsonKeys = true;
      if (!this.listExists(list, at)) continue;
      for (const entry of this.readList(key, list, pair.value as Node | null)) {
        const first = seenOrigins.get(`${list} ${entry.origin}`);
        if (first !== undefined) {
          this.report(
            entry,
            'whitelist.duplicate',
            { raw: entry.raw, list, firstLine: first, origin: entry.origin },
            list,
          );
          continue;
        }
        seenOrigins.set(`${list} ${entry.origin}`, entry.line);
        entries.push(entry);
      }
    }
    this.checkCounts(entries);
    return entries;
  }

  /** A list the platform's console does not have is reported once at its key, and its entries are not read. */
  private listExists(list: ConsoleList, at: Position): boolean {
    if (platformLists(this.platform).includes(list)) return true;
    const facts = platformFacts(this.platform);
    const target = facts.listFor[list];
    if (target !== undefined) {
      this.report(at, 'whitelist.listSharedOnPlatform', { platform: facts.name, list, target }, list);
    } else {
      const lists = platformLists(this.platform).join(', ');
      this.report(at, 'whitelist.listNotOnPlatform', { platform: facts.name, list, lists }, list);
    }
    return false;
  }

  private readList(key: string, list: ConsoleList, value: Node | null): WhitelistEntry[] {
    if (value === null || (isScalar(value) && value.value === null)) return [];
    if (isAlias(value)) {
      this.report(this.nodePosition(value), 'whitelist.alias', {}, list);
      return [];
    }
    if (!isSeq(value)) {
      this.report(this.nodePosition(value), 'whitelist.notList', { key, found: kindOf(value) }, list);
      return [];
    }
    const entries: WhitelistEntry[] = [];
    for (const item of value.items as (Node | null)[]) {
      const entry = this.readItem(list, item, value);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private readItem(list: ConsoleList, item: Node | null, parent: Node): WhitelistEntry | undefined {
    const at = this.nodePosition(item ?? parent);
    if (isAlias(item)) {
      this.report(at, 'whitelist.alias', {}, list);
      return undefined;
    }
    if (isScalar(item) && typeof item.value === 'string') return this.validate(item.value, list, at);
    if (list === 'webview' && isMap(item))
      return this.readWebviewMapping(item.items as Pair<unknown, unknown>[], at);
    const found = kindOf(item);
    if (list === 'webview') this.report(at, 'whitelist.webviewEntryType', { found }, list);
    else this.report(at, 'whitelist.entryNotString', { list, example: exampleEntry(list), found }, list);
    return undefined;
  }

  /** `{origin: https://…, verifyFile: NAME.txt, verifyContent: …}`: a business domain and its verification file. */
  private readWebviewMapping(
    pairs: readonly Pair<unknown, unknown>[],
    at: Position,
  ): WhitelistEntry | undefined {
    type Field = (typeof WEBVIEW_ENTRY_FIELDS)[number];
    const fields: Partial<Record<Field, { value: string; at: Position }>> = {};
    // Fields written with a wrong type are reported once, not also as missing.
    const present = new Set<string>();
    for (const pair of pairs) {
      const field = keyText(pair);
      const fieldAt = this.nodePosition((pair.key as Node | null) ?? (pair.value as Node | null));
      if (field === undefined || !(WEBVIEW_ENTRY_FIELDS as readonly string[]).includes(field)) {
        this.report(
          fieldAt,
          'whitelist.webviewUnknownField',
          { field: field ?? this.sourceOf(pair.key as Node | null) },
          'webview',
        );
        continue;
      }
      const value = pair.value as Node | null;
      // The verification content is often all digits; YAML would read it as a number.
      const text =
        isScalar(value) &&
        (typeof value.value === 'string' || (field === 'verifyContent' && typeof value.value === 'number'))
          ? (value.source ?? String(value.value))
          : undefined;
      if (text === undefined) {
        present.add(field);
        this.report(
          this.nodePosition(value ?? (pair.key as Node)),
          'whitelist.fieldNotString',
          { field, found: kindOf(value) },
          'webview',
        );
        continue;
      }
      fields[field as Field] = { value: text, at: this.nodePosition(value) };
    }
    if (!fields.origin) {
      if (!present.has('origin')) this.report(at, 'whitelist.webviewMissingOrigin', {}, 'webview');
      return undefined;
    }
    let verifyFile: VerifyFile | undefined;
    if (fields.verifyFile) {
      if (isVerifyFileName(fields.verifyFile.value)) {
        verifyFile = {
          name: fields.verifyFile.value,
          ...(fields.verifyContent ? { content: fields.verifyContent.value } : {}),
        };
      } else {
        this.report(
          fields.verifyFile.at,
          'whitelist.verifyFileName',
          { value: fields.verifyFile.value },
          'webview',
        );
      }
    } else if (fields.verifyContent) {
      this.report(fields.verifyContent.at, 'whitelist.verifyContentWithoutFile', {}, 'webview');
    }
    return this.validate(fields.origin.value, 'webview', fields.origin.at, verifyFile);
  }

  private validate(
    raw: string,
    list: ConsoleList,
    at: Position,
    verifyFile?: VerifyFile,
  ): WhitelistEntry | undefined {
    const verdict = validateEntry({
      raw,
      list,
      platform: this.platform,
      line: at.line,
      column: at.column,
      ...(verifyFile ? { verifyFile } : {}),
    });
    for (const problem of verdict.problems) this.report(at, problem.key, problem.params, list, raw);
    return verdict.entry;
  }

  /** One problem per over-full list, at the first entry past the limit. */
  private checkCounts(entries: readonly WhitelistEntry[]): void {
    const facts = platformFacts(this.platform);
    const byList = new Map<ConsoleList, WhitelistEntry[]>();
    for (const entry of entries) byList.set(entry.list, [...(byList.get(entry.list) ?? []), entry]);
    for (const [list, listEntries] of byList) {
      const max = facts.maxEntries[list];
      const firstOver = max === undefined ? undefined : listEntries[max];
      if (max !== undefined && firstOver) {
        this.report(
          firstOver,
          'whitelist.tooMany',
          { list, count: listEntries.length, platform: facts.name, max },
          list,
          firstOver.raw,
        );
      }
    }
  }

  private report(
    at: Position,
    key: WhitelistMessageKey,
    params: Readonly<Record<string, string | number>>,
    list?: ConsoleList,
    raw?: string,
  ): void {
    if (this.problems.length >= WHITELIST_LIMITS.maxProblems) {
      this.omitted++;
      this.firstOmitted ??= at;
      return;
    }
    this.problems.push(this.problemAt(at, key, params, list, raw));
  }

  private problemAt(
    at: Position,
    key: WhitelistMessageKey,
    params: Readonly<Record<string, string | number>>,
    list?: ConsoleList,
    raw?: string,
  ): WhitelistProblem {
    return {
      path: this.path,
      line: at.line,
      column: at.column,
      key,
      params,
      ...(list ? { list } : {}),
      ...(raw !== undefined ? { raw } : {}),
    };
  }

  private position(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line, column: col };
  }

  private nodePosition(node: Node | null | undefined): Position {
    const offset = node?.range?.[0];
    return offset === undefined ? { line: 1, column: 1 } : this.position(offset);
  }

  /** The source text of a node, shortened for messages. */
  private sourceOf(node: Node | null | undefined): string {
    const range = node?.range;
    if (!range) return '';
    const source = this.text.slice(range[0], range[1]).replace(/\s+/g, ' ');
    return source.length > 40 ? `${source.slice(0, 39)}…` : source;
  }
}

function keyText(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key as Node | null;
  return isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
}

/** YAML's name for what a node is, for "… not a {found}" messages. */
function kindOf(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'sequence';
  if (isAlias(node)) return 'alias';
  if (isScalar(node)) {
    if (node.value === null) return 'null';
    const type = typeof node.value;
    return type === 'string' || type === 'number' || type === 'boolean' ? type : 'scalar';
  }
  return 'node';
}

/** A file name at the domain root, as the console hands them out (e.g. `6ynZPDvfTF.txt`, `MP_verify_x.txt`). */
function isVerifyFileName(name: string): boolean {
  return /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,126}\.txt$/.test(name);
}

/**
 * The deepest nesting of `[` / `{` in the text. Quotes are not tracked: over-counting only matters for absurd
 * input, and a legitimate whitelist nests two levels.
 */
function maxFlowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return max;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
