import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = process.cwd();
export const OUTPUT_DIR = join(ROOT, process.env.WXT_OUT_DIR ?? '.output');
export const PRODUCTION_BUILD = join(OUTPUT_DIR, 'chrome-mv3');
export const E2E_BUILD = join(OUTPUT_DIR, 'chrome-mv3-e2e');
export const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Pages served as if they were Seller Central (or webmail): origin -> path -> fixture file. */
export type Sites = Record<string, Record<string, string>>;

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The ids of the extensions loaded `alongside` it, in that order. */
  alongsideIds: string[];
  /** The address of one of the extension's pages: `url('popup.html')`. */
  url(path: string): string;
  /** Every http(s) request the browser made, for the "nothing leaves the machine" check. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with a built extension. http(s) requests are answered from fixture
 * files through `context.route`, so the content script runs on them exactly as on the real
 * hosts; anything else gets a 404 and is recorded, never fetched.
 */
export async function launchWithExtension(extension: string, sites: Sites, options: { headless?: boolean; alongside?: string[] } = {}): Promise<ExtensionBrowser> {
  const extensions = [extension, ...(options.alongside ?? [])];
  for (const dir of extensions) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension at ${dir}: run the build first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const profile = mkdtempSync(join(tmpdir(), 'brand-sentry-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extensions.join(',')}`,
      `--load-extension=${extensions.join(',')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => {
    if (/^https?:/.test(request.url())) requests.push(request.url());
  });
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const file = sites[url.origin]?.[url.pathname];
    if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    const contentType = file.endsWith('.json') ? 'application/rdap+json' : 'text/html; charset=utf-8';
    return route.fulfill({ status: 200, contentType, body: readFileSync(join(FIXTURE_DIR, file), 'utf8') });
  });
  const workers = await extensionWorkers(context, extensions);
  const worker = workers[0]!;
  const extensionId = new URL(worker.url()).host;
  const alongsideIds = workers.slice(1).map((w) => new URL(w.url()).host);
  return { context, worker, extensionId, alongsideIds, url: (path) => `chrome-extension://${extensionId}/${path}`, requests, close: () => context.close() };
}

/**
 * The service worker of each extension folder, in the order given. Workers start in any order
 * and their ids come from the folder's path, so each is matched by the manifest it serves.
 */
async function extensionWorkers(context: BrowserContext, extensions: readonly string[]): Promise<Worker[]> {
  while (context.serviceWorkers().length < extensions.length) await context.waitForEvent('serviceworker');
  const served = await Promise.all(context.serviceWorkers().map(async (w) => ({ w, manifest: await w.evaluate(async () => (await fetch('/manifest.json')).text()) })));
  return extensions.map((dir) => {
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const match = served.find((s) => s.manifest === manifest);
    if (!match) throw new Error(`No service worker serves the manifest of ${dir}`);
    return match.w;
  });
}

/**
 * Every row of one table of the extension's own IndexedDB. Runs inside an extension page (it is
 * sent there as source, so it uses nothing from outside itself): Chromium's tests pass it to
 * Playwright, Firefox's to scripts/firefox/launch.ts.
 */
export const allRowsInPage = (name: string) =>
  new Promise<Array<Record<string, any>>>((resolve, reject) => {
    const open = indexedDB.open('brand-sentry');
    // No database yet (the background creates it with the first message that needs it): abort
    // rather than create an empty one, whose open connection would block the extension's own.
    open.onupgradeneeded = () => open.transaction!.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      // Never stand in the way of the extension's schema upgrade.
      db.onversionchange = () => db.close();
      try {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      } catch (error) {
        reject(error);
      } finally {
        db.close(); // the transaction already started still completes
      }
    };
  });

/** Every row of one table of the extension's own IndexedDB, read in an extension page. */
export async function storedRows(page: Page, table: string): Promise<Array<Record<string, any>>> {
  return page.evaluate(allRowsInPage, table);
}

/** Polls until `probe` gives a value; throws, naming what it waited for, after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
