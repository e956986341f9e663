import type { SourceLocation } from '../../model/location.js';

export interface EnvDefinition {
  readonly key: string;
  readonly value: string;
  /** Where the value starts. */
  readonly loc: SourceLocation;
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;

/**
 * `KEY=value` definitions of a dotenv file (vite, vue-cli, Taro): optional `export`, single, double or back
 * quotes, `#` comments after unquoted values. Multi-line values are not used for URLs and are cut at the line.
 */
export function parseEnvFile(text: string, file: string): EnvDefinition[] {
  const out: EnvDefinition[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    const m = LINE.exec(line);
    if (!m) return;
    const key = m[1] as string;
    const raw = m[2] as string;
    const valueStart = line.length - raw.length;
    let value: string;
    let offset = valueStart;
    const quote = raw[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const end = raw.indexOf(quote, 1);
      value = end > 0 ? raw.slice(1, end) : raw.slice(1);
      offset += 1;
    } else {
      value = raw.replace(/\s+#.*$/, '').trim();
    }
    out.push({ key, value, loc: { file, line: i + 1, column: offset + 1 } });
  });
  return out;
}
