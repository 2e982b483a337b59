import { browser } from 'wxt/browser';
import { flagUpdater } from '../lib/background/flag-updater';
import { DAILY_CHECK_ALARM, offerRunner, scheduleDailyCheck } from '../lib/background/offer-runner';
import { RecordCache } from '../lib/background/record-cache';
import { reinterpretStale } from '../lib/background/reinterpret';
import { setWatched, syncRetailScript } from '../lib/background/retail-script';
import { type BackgroundDeps, handleMessage } from '../lib/background/router';
import { seamedIngest } from '../lib/background/e2e-seams';
import { SaveQueue } from '../lib/background/unsaved';
import { TabAccounts } from '../lib/background/tab-accounts';
import { BackupAssembly } from '../lib/backup/pieces';
import { database } from '../lib/db';
import { WriteTracker } from '../lib/db/write-tracker';
import { type DomainLists, loadDomainLists } from '../lib/domains/lists';

/**
 * How long a worker woken by something other than a message (an alarm, a permission change)
 * waits before its start-up work; a message's answer starts it at once.
 */
const START_UP_DELAY_MS = 1_000;

// A module worker: built together with the extension pages, so Dexie, zod and the models ship once.
export default defineBackground({
  type: 'module',
  main() {
    // Chrome stops an idle worker and starts it again for the next message, so main() runs at
    // every start and the first answer waits for it: it only registers listeners and defines
    // what to build. The database (Dexie declares every schema version in its constructor) and
    // what holds it are built by the first message or event that needs them.
    const store = once(() => {
      const db = database();
      // Every write goes through this connection, so the tracker sees them all (see RecordCache).
      // Set up before anything opens it: the middleware must be in place at the first open.
      return { db, cache: new RecordCache(db, new WriteTracker(db)) };
    });
    let lists: Promise<DomainLists> | undefined;
    // The bundled freemail, disposable and confusables lists (public/data), read once per worker.
    const domainLists = () =>
      (lists ??= loadDomainLists(async (path) => new Uint8Array(await (await fetch(browser.runtime.getURL(path as '/'))).arrayBuffer())));
    const now = () => Date.now();
    const tabAccounts = new TabAccounts();
    const updater = once(() => flagUpdater(store().db, domainLists, now, store().cache, tabAccounts));
    const afterWrite = () => updater()();
    const runner = once(() => offerRunner(store().db, now, afterWrite));
    const startCheck = () => runner()();
    const sync = () => syncRetailScript(store().db).catch((error) => (console.error('[Brand Sentry] retail script registration failed', error), []));
    const watch = async (marketplace: string, on: boolean) => (await setWatched(store().db, marketplace, on), sync());
    // The e2e build can make storage refuse or stall (lib/background/e2e-seams.ts); never the real one.
    const saves = new SaveQueue(() => store().db, now, import.meta.env.MODE === 'e2e' ? seamedIngest : undefined);
    const deps: BackgroundDeps = {
      get db() {
        return store().db;
      },
      now, afterWrite, saves, tabAccounts, backupPieces: new BackupAssembly(), offers: { startCheck, watch, scheduleDaily: scheduleDailyCheck },
    };
    // What every start does once, after the first answer: the retail content script registered
    // for the marketplaces the seller allowed, and captures an older parser read (or that a
    // stopped worker stored but never interpreted) interpreted now.
    const startUp = once(() => {
      void sync();
      void reinterpretStale(store().db).then(afterWrite).catch((error) => console.error('[Brand Sentry] interpreting stored captures failed', error));
    });
    const startUpSoon = () => void setTimeout(startUp, 0);
    // Returning the promise is how webextension-polyfill sends the reply.
    browser.runtime.onMessage.addListener((message, sender) => {
      const reply = handleMessage(message, sender, deps);
      reply.then(startUpSoon, startUpSoon);
      return reply;
    });
    // The retail content script runs on exactly the marketplaces the seller allowed, kept so as they change.
    browser.tabs.onRemoved.addListener((tabId) => tabAccounts.forget(tabId));
    browser.permissions.onAdded.addListener(() => void sync());
    browser.permissions.onRemoved.addListener(() => void sync());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === DAILY_CHECK_ALARM) void startCheck();
    });
    setTimeout(startUp, START_UP_DELAY_MS);
  },
});

/** `make` run at the first call, its value kept for the worker's life. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
