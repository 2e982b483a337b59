/**
 * `npm run size:parts`: what each large part of the unzipped extension is, in the bench's own
 * measure (bytes / 1024). Builds the production extension with source maps into .output-size
 * (see package.json), gives every byte of each built .js to the source it came from by its map,
 * groups the sources by what they buy, and adds the files that are not code. The maps themselves
 * and the comment naming each map are left out, so the total is the bench's "extension unzipped"
 * figure for the production build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIR = join(process.cwd(), process.env.WXT_OUT_DIR ?? '.output-size', 'chrome-mv3');

/** First matching rule names the part; order matters (a library before our own folders). */
const PARTS: ReadonlyArray<[string, RegExp]> = [
  ['Dexie: the IndexedDB database', /node_modules\/dexie\//],
  ['zod/mini: every message, stored row and backup row validated', /node_modules\/zod\//],
  ['postal-mime: reading .eml files', /node_modules\/postal-mime\//],
  ['Preact: popup, dashboard and settings', /node_modules\/preact\//],
  ['webextension-polyfill: one promise-based browser API in Chrome and Firefox', /node_modules\/webextension-polyfill\//],
  ['WXT runtime: content-script context, entrypoint wrappers', /node_modules\/wxt\//],
  ['public-suffix rules (data/public-suffixes.txt.gz) and tldts-core: registrable domains', /node_modules\/tldts-core\/|lib\/domains\/public-suffix/],
  ['notice words in 7 marketplace languages (data/notice-words.json.gz and their loader)', /lib\/notices\/labels\/|lib\/parser-data/],
  ['notice reading: fields, dates, events, mail', /lib\/notices\/|lib\/interpret\//],
  ['page readers (content scripts, page-reader.js, offscreen)', /lib\/pages\/|lib\/content\/|entrypoints\/(page-reader|content-core|offscreen|[\w-]+\.content)/],
  ['UI text, English and Chinese', /lib\/i18n\//],
  ['dashboard: evidence pack, letters, overview chart', /lib\/(evidence|letters|overview|dispute)\/|entrypoints\/dashboard\/|components\/(dashboard|overview)\//],
  ['analysis: flags, domains, offers, listings, accounts', /lib\/(analyze|domains|records|listings|offers|seller-signals|accounts)\//],
  ['background: capture, storage, backup, models', /lib\/(background|backup|db|model)\/|entrypoints\/background/],
  ['popup, settings and shared components', /components\/|entrypoints\//],
  ['other shared lib code', /lib\//],
];
const UNMAPPED = 'bundler glue (imports, exports, wrappers)';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The generated column and source index of every mapping segment, line by line. */
function segments(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const out: Array<[number, number]> = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      out.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(out);
  }
  return lines;
}

function partOf(source: string): string {
  return PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? UNMAPPED;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const parts = new Map<string, number>();
const add = (part: string, bytes: number) => parts.set(part, (parts.get(part) ?? 0) + bytes);

for (const path of walk(DIR)) {
  const name = relative(DIR, path);
  if (name.endsWith('.map')) continue;
  if (name === 'manifest.json') {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { optional_host_permissions?: string[] };
    const rdap = (manifest.optional_host_permissions ?? []).filter((pattern) => !/^https:\/\/www\.amazon\./.test(pattern));
    const rdapBytes = rdap.reduce((sum, pattern) => sum + pattern.length + 3, 0);
    add(`manifest.json: the ${rdap.length} RDAP servers "Check domain age" may ask for`, rdapBytes);
    add('manifest.json: the rest', statSync(path).size - rdapBytes);
    continue;
  }
  // The notice words and public-suffix rules ship as data files (lib/parser-data.ts): counted with their parts.
  const parserPart = { 'data/notice-words.json.gz': 'lib/notices/labels/', 'data/public-suffixes.txt.gz': 'lib/domains/public-suffix' }[name];
  if (parserPart) {
    add(partOf(parserPart), statSync(path).size);
    continue;
  }
  if (name.startsWith('data/')) {
    add('data/: freemail, disposable, confusables lists and the RDAP bootstrap (gzipped)', statSync(path).size);
    continue;
  }
  if (!name.endsWith('.js')) {
    add('CSS, HTML, icons, _locales', statSync(path).size);
    continue;
  }
  // The one line a source-mapped build adds: the production build has no such comment.
  const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=[^\n]*/, '');
  const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const codeLines = code.split('\n');
  let mapped = 0;
  segments(map.mappings).forEach((line, index) => {
    const text = codeLines[index] ?? '';
    line.forEach(([column, source], i) => {
      // A segment runs to the next one on its line, or to the line's end and its newline.
      const end = i + 1 < line.length ? line[i + 1]![0] : text.length + (index + 1 < codeLines.length ? 1 : 0);
      const bytes = Buffer.byteLength(text.slice(column, end));
      add(source < 0 ? UNMAPPED : partOf(map.sources[source]!), bytes);
      mapped += bytes;
    });
  });
  add(UNMAPPED, Buffer.byteLength(code) - mapped);
}

const total = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);
const kB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
for (const [part, bytes] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`${kB(bytes)} kB  ${part}`);
console.log(`${kB(total)} kB  total (${total} B), the bench's "extension unzipped" for this build`);
