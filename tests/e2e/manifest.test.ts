import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RETAIL_MATCH_PATTERNS, WATCHED_MATCH_PATTERNS } from '../../lib/hosts';
import { sizeFigures, UNZIPPED_BUDGET_KB, UNZIPPED_CEILING_KB } from '../../scripts/bench/size';
import { E2E_BUILD, PRODUCTION_BUILD } from './harness';

function manifest(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/** Pins what the production extension may do. A change here is a change users must be told about. */
describe('built Chrome manifest (production)', () => {
  const built = manifest(PRODUCTION_BUILD);

  it('asks for activeTab, scripting, alarms and offscreen only (IndexedDB needs no permission), notifications only as optional', () => {
    expect(built.manifest_version).toBe(3);
    // alarms: the daily offer check, off until turned on; offscreen: reading fetched offer lists (no DOM in a service worker).
    expect([...built.permissions].sort()).toEqual(['activeTab', 'alarms', 'offscreen', 'scripting']);
    expect(built.optional_permissions ?? []).toEqual(['notifications']);
  });

  it('asks for no retail host at install: each of Amazon\'s retail sites is optional, asked for at a click', () => {
    const retail = /^https:\/\/www\.amazon\./;
    expect([...built.host_permissions, ...built.content_scripts.flatMap((script: { matches: string[] }) => script.matches)].filter((p: string) => retail.test(p))).toEqual([]);
    expect(built.optional_host_permissions).toEqual(expect.arrayContaining(RETAIL_MATCH_PATTERNS));
    expect(RETAIL_MATCH_PATTERNS).toHaveLength(21);
    // The retail content script is registered at run time for granted hosts only: it is built, not declared.
    expect(existsSync(join(PRODUCTION_BUILD, 'content-scripts', 'retail.js'))).toBe(true);
  });

  it('has host access for Seller Central and Brand Registry only, never broad access', () => {
    expect([...built.host_permissions].sort()).toEqual([...WATCHED_MATCH_PATTERNS].sort());
    const everyPattern = [...built.host_permissions, ...built.content_scripts.flatMap((script: { matches: string[] }) => script.matches)];
    for (const pattern of everyPattern) {
      expect(pattern).toMatch(/^https:\/\/(sellercentral(-europe|-japan)?\.amazon\.[a-z.]+|brandregistry\.amazon\.com)\/\*$/);
    }
    expect(JSON.stringify(built)).not.toContain('<all_urls>');
  });

  it('runs the Seller Central content script on every marketplace host', () => {
    expect(built.content_scripts).toHaveLength(1);
    expect([...built.content_scripts[0].matches].sort()).toEqual([...WATCHED_MATCH_PATTERNS].sort());
    expect(built.content_scripts[0].all_frames ?? false).toBe(false);
  });

  it('allows no remote or evaluated code', () => {
    const csp: string = built.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

describe('e2e build', () => {
  it('differs from production only by the host access one-click capture gets from activeTab', () => {
    const production = manifest(PRODUCTION_BUILD);
    const e2e = manifest(E2E_BUILD);
    expect(e2e.host_permissions).toEqual([...production.host_permissions, '<all_urls>']);
    expect({ ...e2e, host_permissions: null }).toEqual({ ...production, host_permissions: null });
  });
});

/** Every built .js and .html file of a build, with its text. */
function builtCode(dir: string): Array<{ path: string; text: string }> {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(at, entry.name)) : [join(at, entry.name)]));
  return walk(dir)
    .filter((path) => /\.(js|html)$/.test(path))
    .map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') }));
}

/**
 * Code that would load or evaluate code from elsewhere. Plain URL strings are data (Seller
 * Central links, page-kind examples, RDAP servers from the bundled bootstrap file) and allowed;
 * loading code from them is not.
 */
const REMOTE_CODE: ReadonlyArray<[string, RegExp, 'html' | 'js']> = [
  ['remote <script src>', /<script[^>]*\ssrc\s*=\s*["']?(https?:)?\/\//i, 'html'],
  ['remote stylesheet or module preload', /<link[^>]*\shref\s*=\s*["']?(https?:)?\/\//i, 'html'],
  ['inline <script> in a page', /<script(?![^>]*\ssrc=)[^>]*>\s*\S/i, 'html'],
  ['inline event handler in a page', /<[a-z][^>]*\son[a-z]+\s*=/i, 'html'],
  ['import() of a URL', /\bimport\s*\(\s*["'`](https?:)?\/\//, 'js'],
  ['static import from a URL', /\bfrom\s*["'`](https?:)?\/\//, 'js'],
  ['importScripts', /\bimportScripts\s*\(/, 'js'],
  ['eval', /(^|[^\w$.])eval\s*\(/, 'js'],
  ['new Function', /\bnew\s+Function\s*\(/, 'js'],
  ['Function("...")', /(^|[^\w$.])Function\s*\(\s*["'`]/, 'js'],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*["'`]/, 'js'],
  ['script element from a URL', /\.src\s*=\s*["'`](https?:)?\/\//, 'js'],
  ['fetch of a fixed remote URL', /\bfetch\s*\(\s*["'`]https?:/, 'js'],
];

describe.each([
  ['production', PRODUCTION_BUILD],
  ['e2e', E2E_BUILD],
])('built code (%s): no remote or evaluated code', (_name, dir) => {
  const files = builtCode(dir);

  it('has code to check', () => {
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['background.js', 'content-scripts/seller-central.js', 'popup.html']));
  });

  it.each(REMOTE_CODE)('no %s', (_what, pattern, kind) => {
    const hits = files.filter((file) => file.path.endsWith(`.${kind}`) && pattern.test(file.text)).map((file) => `${file.path}: ${file.text.match(pattern)![0].slice(0, 80)}`);
    expect(hits).toEqual([]);
  });

  it('aliases the Function constructor only in zod (its JIT probe and compiler, which the CSP blocks)', () => {
    const sites = files.flatMap((file) =>
      [...file.text.matchAll(/(^|[^\w$.])[\w$]+\s*=\s*Function\s*[;,)]/g)].map((match) => ({
        path: file.path,
        around: file.text.slice(Math.max(0, match.index! - 200), match.index! + 200),
      })),
    );
    for (const site of sites) expect(site.around, `Function constructor alias in ${site.path}`).toMatch(/Cloudflare|compile\(\)|\.content/);
    expect(sites.length).toBeLessThanOrEqual(2);
  });
});

/**
 * The one budget of `npm run bench` that is deterministic (no clock), so CI holds it on every
 * run: what every Seller Central page pays for Brand Sentry. Same measure as the bench's.
 */
describe('content script budget (production build)', () => {
  it('is at most 8 kB gzipped', () => {
    const [contentScript] = sizeFigures(PRODUCTION_BUILD);
    expect(contentScript!.name).toBe('content script gzipped');
    expect(contentScript!.value, contentScript!.note).toBeLessThanOrEqual(8);
  });
});

/**
 * The whole extension, unzipped, by the bench's own measure: what installing Brand Sentry costs.
 * Held at the size reached so far (UNZIPPED_CEILING_KB), which only goes down towards the budget.
 */
describe('extension size budget (production build)', () => {
  it(`is at most the ceiling reached so far, ${UNZIPPED_CEILING_KB} kB unzipped (budget ${UNZIPPED_BUDGET_KB} kB)`, () => {
    const [, whole] = sizeFigures(PRODUCTION_BUILD);
    expect(whole!.name).toBe('extension unzipped');
    expect(whole!.budget).toBe(UNZIPPED_BUDGET_KB);
    expect(whole!.value, `${whole!.note}; \`npm run size:parts\` says what each part is`).toBeLessThanOrEqual(UNZIPPED_CEILING_KB);
  });
});
