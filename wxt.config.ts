import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { RETAIL_MATCH_PATTERNS, WATCHED_MATCH_PATTERNS } from './lib/hosts';
import { parserDataFileTexts } from './lib/parser-data-sources';
import { MESSAGES_FILE } from './lib/i18n';
import { MESSAGES } from './lib/i18n/messages';
import { linearPostalMimeDecoder, liteHtmlEntitiesForPostalMime } from './scripts/postal-mime-swap';

/**
 * The RDAP servers of the bundled IANA bootstrap, as optional host permissions: nothing is
 * granted at install; "check domain age" asks for exactly one of these hosts when clicked.
 */
function rdapServerPatterns(): string[] {
  const bootstrap = JSON.parse(gunzipSync(readFileSync('public/data/rdap-dns.json.gz')).toString('utf8')) as { services: [string[], string[]][] };
  const hosts = new Set(bootstrap.services.flatMap(([, urls]) => urls.filter((url) => url.startsWith('https://')).map((url) => new URL(url).host)));
  return [...hosts].sort().map((host) => `https://${host}/*`);
}

/**
 * `wxt build --mode e2e` (outDir .output/chrome-mv3-e2e) is the build the browser tests load.
 * It adds one host permission so the tests can run one-click capture and its screenshot on a
 * local webmail page: in real use `activeTab` grants that when the seller clicks the toolbar
 * button, which Playwright cannot do. The production manifest never has it (pinned by a test).
 */
/**
 * Content scripts get the browser's own `browser`/`chrome` object instead of
 * webextension-polyfill (see lib/native-browser.ts): the polyfill alone would take a large share
 * of the content script's 8 kB gzipped budget. Every other entrypoint keeps the polyfill.
 */
function nativeBrowserInContentScripts(): Plugin {
  let contentScriptBuild = false;
  const shim = resolve('lib/native-browser.ts');
  return {
    name: 'brand-sentry:native-browser-in-content-scripts',
    enforce: 'pre',
    options(options) {
      contentScriptBuild = /\.content|content-core/.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    resolveId(source) {
      if (contentScriptBuild && (source === 'wxt/browser' || source === '@wxt-dev/webextension-polyfill/browser')) return shim;
      return null;
    },
  };
}

/**
 * The retail content script and page-reader.js take the modules of entrypoints/content-core.ts
 * from the global it leaves (`brandSentryCore.<name>`) instead of carrying their own copies:
 * each such import is external, read from that global. The list is the core file's own
 * `import * as <name> from '<module>'` lines, so the two cannot disagree.
 */
function sharedContentCore(): Plugin {
  const coreFile = resolve('entrypoints/content-core.ts');
  const coreSource = readFileSync(coreFile, 'utf8');
  const imports = [...coreSource.matchAll(/^import \* as (\w+) from '([^']+)';$/gm)].map(([, name, source]) => ({ name: name!, source: source! }));
  // Every module imported there must also be in the object it leaves, or a reader would find nothing.
  const left = new Set(/main: \(\) => \(\{([^}]*)\}\)/.exec(coreSource)?.[1]?.split(',').map((name) => name.trim()));
  const missing = imports.filter(({ name }) => !left.has(name)).map(({ name }) => name);
  if (missing.length) throw new Error(`entrypoints/content-core.ts imports but does not leave: ${missing.join(', ')}`);
  let usesCore = false;
  // Resolved once per build (resolveId calls run concurrently, so they share one promise).
  let names: Promise<Map<string, string>> | null = null;
  let resolvedNames = new Map<string, string>();
  return {
    name: 'brand-sentry:shared-content-core',
    enforce: 'pre',
    options(options) {
      usesCore = /retail\.content|page-reader/.test(JSON.stringify(options.input ?? ''));
      names = null;
      return null;
    },
    async resolveId(source, importer, options) {
      if (!usesCore || !importer) return null;
      names ??= (async () => {
        const map = new Map<string, string>();
        for (const { name, source: from } of imports) {
          const resolved = await this.resolve(from, coreFile, { skipSelf: true });
          if (!resolved) throw new Error(`content core: cannot resolve ${from}`);
          map.set(resolved.id, name);
        }
        return (resolvedNames = map);
      })();
      const core = await names;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && core.has(resolved.id) ? { id: resolved.id, external: true } : null;
    },
    outputOptions(output) {
      if (!usesCore) return null;
      return { ...output, globals: (id: string) => `brandSentryCore.${resolvedNames.get(id) ?? id}` };
    },
  };
}

export default defineConfig({
  // A second engineer (or CI job) can build beside the first without sharing .output.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // public/data/README.md says where the bundled lists come from, for whoever updates them;
    // the installed extension has no use for it. The notice words, the public-suffix rules and
    // the UI strings ship as gzipped data (smaller than as code), written here from their
    // sources and loaded by lib/parser-data.ts and lib/i18n.
    'build:publicAssets': (_wxt, files) => {
      files.splice(0, files.length, ...files.filter((file) => !file.relativeDest.endsWith('README.md')));
      const dir = mkdtempSync(join(tmpdir(), 'brand-sentry-data-'));
      for (const { path, text } of [...parserDataFileTexts(), { path: MESSAGES_FILE, text: JSON.stringify(MESSAGES) }]) {
        const absoluteSrc = join(dir, path.replaceAll('/', '_'));
        writeFileSync(absoluteSrc, gzipSync(text, { level: 9 }));
        files.push({ absoluteSrc, relativeDest: path });
      }
    },
  },
  vite: () => ({
    plugins: [preact(), nativeBrowserInContentScripts(), sharedContentCore(), liteHtmlEntitiesForPostalMime(), linearPostalMimeDecoder()],
    resolve: {
      // Dexie's `import` export is a wrapper around its ES5 UMD build (dist/dexie.js, there so
      // require() and import share one instance in Node). The extension has one bundler and one
      // copy, so it takes the ES2018 module build: smaller, the same API. Node and the
      // unit tests keep the package's own entry.
      alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
    },
    // Terser with two compress passes: what every Seller Central page loads (the content script)
    // stays within its 8 kB gzipped budget, smaller than esbuild's minifier makes it.
    // No modulepreload polyfill: every browser the manifest admits preloads modules itself.
    // WXT_SOURCEMAP=1 only for `npm run size:parts`, which gives each built byte to its source.
    build: {
      target: 'es2022',
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, ecma: 2020 },
      modulePreload: { polyfill: false },
      sourcemap: process.env.WXT_SOURCEMAP === '1',
    },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the daily offer check (off until the seller turns it on). offscreen (Chrome only; a
    // Firefox background page has a DOM of its own): reading the offer lists "Check offers now" fetched.
    permissions: ['activeTab', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    optional_permissions: ['notifications'],
    // Amazon's retail sites, one per marketplace, asked for at the seller's click ("Watch offers on
    // my listings in US"); never at install. Then the RDAP servers for "Check domain age".
    optional_host_permissions: [...RETAIL_MATCH_PATTERNS, ...rdapServerPatterns()],
    host_permissions: mode === 'e2e' ? [...WATCHED_MATCH_PATTERNS, '<all_urls>'] : WATCHED_MATCH_PATTERNS,
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected: captures stay in the browser; the opt-in RDAP look-up asks a
            // registry about a complainant's domain, not about the seller.
            gecko: { id: 'brand-sentry@brandsentry.app', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
