import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchWithExtension, ROOT, storedRows, waitFor, type ExtensionBrowser, type Sites } from '../../scripts/chromium';

export { E2E_BUILD, PRODUCTION_BUILD, ROOT, storedRows, waitFor } from '../../scripts/chromium';
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

export type Session = ExtensionBrowser;

/** Chromium with the e2e build of the extension, on fixture pages (see scripts/chromium.ts). */
export function launch(sites: Sites, extension = E2E_BUILD): Promise<Session> {
  return launchWithExtension(extension, sites);
}

export function extensionUrl(session: Session, path: string): string {
  return session.url(path);
}

/** Every stored capture. */
export function storedCaptures(page: Page): Promise<Array<Record<string, any>>> {
  return storedRows(page, 'captures');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Writes one row into the extension's IndexedDB from an extension page (test seams: lib/background/e2e-seams.ts). */
export async function putRow(page: Page, table: string, row: Record<string, unknown>): Promise<void> {
  // The extension creates its database on first use (the page's first query, the background's
  // first message): wait for it rather than create an empty one that would block its upgrade.
  await waitFor(
    () =>
      page.evaluate(
        ([name, value]) =>
          new Promise<boolean>((resolve, reject) => {
            const open = indexedDB.open('brand-sentry');
            open.onupgradeneeded = () => open.transaction!.abort();
            open.onerror = () => (open.error?.name === 'AbortError' ? resolve(false) : reject(open.error));
            open.onsuccess = () => {
              const db = open.result;
              db.onversionchange = () => db.close();
              try {
                const tx = db.transaction(name as string, 'readwrite');
                tx.objectStore(name as string).put(value);
                tx.oncomplete = () => resolve(true);
                tx.onerror = () => reject(tx.error);
              } catch (error) {
                reject(error);
              } finally {
                db.close();
              }
            };
          }),
        [table, row] as const,
      ),
    `the extension's database, to put a ${table} row`,
  );
}
