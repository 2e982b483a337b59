import { browser } from 'wxt/browser';
import { flagUpdater } from '../lib/background/flag-updater';
import { DAILY_CHECK_ALARM, offerRunner, scheduleDailyCheck } from '../lib/background/offer-runner';
import { RecordCache } from '../lib/background/record-cache';
import { reinterpretStale } from '../lib/background/reinterpret';
import { setWatched, syncRetailScript } from '../lib/background/retail-script';
import { handleMessage } from '../lib/background/router';
import { seamedIngest } from '../lib/background/e2e-seams';
import { SaveQueue } from '../lib/background/unsaved';
import { TabAccounts } from '../lib/background/tab-accounts';
import { BackupAssembly } from '../lib/backup/pieces';
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
    const now = () => Date.now();
    const tabAccounts = new TabAccounts();
    const afterWrite = flagUpdater(db, domainLists, now, cache, tabAccounts);
    const startCheck = offerRunner(db, now, afterWrite);
    const sync = () => syncRetailScript(db).catch((error) => (console.error('[Brand Sentry] retail script registration failed', error), []));
    const watch = async (marketplace: string, on: boolean) => (await setWatched(db, marketplace, on), sync());
    // The e2e build can make storage refuse or stall (lib/background/e2e-seams.ts); never the real one.
    const saves = new SaveQueue(db, now, import.meta.env.MODE === 'e2e' ? seamedIngest : undefined);
    const deps = { db, now, afterWrite, saves, tabAccounts, backupPieces: new BackupAssembly(), offers: { startCheck, watch, scheduleDaily: scheduleDailyCheck } };
    // Returning the promise is how webextension-polyfill sends the reply.
    browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, deps));
    // The retail content script runs on exactly the marketplaces the seller allowed, kept so as they change.
    browser.tabs.onRemoved.addListener((tabId) => tabAccounts.forget(tabId));
    browser.permissions.onAdded.addListener(() => void sync());
    browser.permissions.onRemoved.addListener(() => void sync());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === DAILY_CHECK_ALARM) void startCheck();
    });
    void sync();
    void reinterpretStale(db).then(deps.afterWrite);
  },
});
