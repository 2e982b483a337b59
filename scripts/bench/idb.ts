import type { Page } from 'playwright-core';

/**
 * Writes rows into the extension's IndexedDB ('brand-sentry') with the raw IndexedDB API, from
 * an extension page (same origin as the background). The database must exist with its schema
 * first: open an extension page that opens it through Dexie (the popup) before calling this.
 */
export async function putRows(page: Page, store: string, rows: readonly unknown[], chunk = 2_000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await page.evaluate(
      ({ store, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('brand-sentry');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(store, 'readwrite');
            const table = tx.objectStore(store);
            for (const row of rows) table.put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { store, rows: rows.slice(i, i + chunk) },
    );
  }
}

export async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (store) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('brand-sentry');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** The object stores of the extension's database, once it exists. */
export async function storeNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('brand-sentry');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          open.result.close();
          resolve(names);
        };
      }),
  );
}
