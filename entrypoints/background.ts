import { browser } from 'wxt/browser';
import { flagUpdater } from '../lib/background/flag-updater';
import { RecordCache } from '../lib/background/record-cache';
import { reinterpretStale } from '../lib/background/reinterpret';
import { handleMessage } from '../lib/background/router';
import { database } from '../lib/db';
import { WriteTracker } from '../lib/db/write-tracker';
import { type DomainLists, loadDomainLists } from '../lib/domains/lists';

// A module worker: built together with the extension pages, so Dexie, zod and the models ship once.
export default defineBackground({
  type: 'module',
  main() {
    const db = database();
    let lists: Promise<DomainLists> | undefined;
    // The bundled freemail, disposable and confusables lists (public/data), read once per worker.
    const domainLists = () =>
      (lists ??= loadDomainLists(async (path) => new Uint8Array(await (await fetch(browser.runtime.getURL(path as '/'))).arrayBuffer())));
    // Every write goes through this connection, so the tracker sees them all (see RecordCache).
    const cache = new RecordCache(db, new WriteTracker(db));
    const deps = { db, now: () => Date.now(), afterWrite: flagUpdater(db, domainLists, () => Date.now(), cache) };
    // Returning the promise is how webextension-polyfill sends the reply.
    browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, deps));
    void reinterpretStale(db).then(deps.afterWrite);
  },
});
