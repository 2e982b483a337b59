import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real-world corpus (tests/fixtures/notices/real/): notices as sellers received them, each
 * written in our own words after a public page named in its first line (`# Seen at: URL`).
 */
export const REAL_DIR = join(process.cwd(), 'tests', 'fixtures', 'notices', 'real');

export function realNoticeNames(): string[] {
  return readdirSync(REAL_DIR).filter((name) => name.endsWith('.txt') || name.endsWith('.eml')).sort();
}

/** A corpus file's text without its `# ` header lines. */
export function realNotice(name: string): string {
  const lines = readFileSync(join(REAL_DIR, name), 'utf8').split('\n');
  let start = 0;
  while (lines[start]?.startsWith('# ')) start++;
  return lines.slice(start).join('\n');
}

/** The URL where the notice was seen: `# Seen at: URL` (.txt) or `X-Fixture-Source: Seen at: URL` (.eml). */
export function realNoticeSource(name: string): string {
  return /^(?:# |X-Fixture-Source: )Seen at: (\S+)/.exec(readFileSync(join(REAL_DIR, name), 'utf8'))?.[1] ?? '';
}

/** A corpus .eml as its raw bytes (CRLF kept). */
export function realEml(name: string): string {
  return readFileSync(join(REAL_DIR, name), 'utf8');
}
