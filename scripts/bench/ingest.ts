import type { ExtensionBrowser } from '../chromium';
import { noticeReads } from '../../tests/helpers/notice-reads';
import { random } from '../../tests/helpers/prng';
import { bundleForBrowser } from './bundle';
import { describe, median, result, round, type Row } from './report';

const RUNS = 41;
/**
 * The first writes into a database of this size warm the store's own caches (its index blocks
 * are read from disk) and are slower than the rest. The figure is the steady state
 * of a seller browsing all day; the cold captures' medians are reported beside it.
 */
const WARMUP = 20;
/** The floor's own database: one object store, no index, nothing else in it. */
const FLOOR_DB = 'bench-floor';
/**
 * Interpreting a capture and writing its records, the step that follows the durable store: held
 * at today's ratio (README, Budgets), so it can only get better.
 */
const INTERPRET_BUDGET = 10;

/**
 * Storing one capture, as the background does it for a content script's page read, in its two
 * steps (lib/background/ingest.ts), each timed on its own:
 * - storing: the message validated with the protocol's zod schema (router.ts), then
 *   `storeCapture()`: the content hash, the capture's account, and the raw capture written
 *   (pending) in its own transaction. When it resolves, the read is durable.
 * - interpreting: `interpretStored()`: the page interpreted, its notices hashed, the records
 *   and derived listing history written and the capture marked with the outcome, in a second
 *   transaction. This is the work that used to share the first transaction.
 * Run with the real code (bundled from lib/) in an extension page of the extension under test,
 * so it writes the extension's own IndexedDB in Chromium, the store the background writes. Left
 * out, because they are not storing: message passing (a few tenths of a millisecond, and needs
 * a tab as sender) and the flag recompute that follows (its own figure). Each capture is a
 * distinct generated notice page (performance-notifications), one at a time.
 *
 * The floor for both, in the same page: one bare IndexedDB readwrite transaction (no Dexie, no
 * schema, no index) putting the same raw capture (the message as it arrived, with an id) and
 * waiting for it to commit. Alternating which goes first, medians; each figure is the ratio of
 * its step's median to the floor's.
 */
export async function ingestFigure(session: ExtensionBrowser, label: string, seed: number): Promise<Row[]> {
  const bundle = await bundleForBrowser('ingest.ts', 'BrandSentryIngest');
  const rng = random(seed);
  const reads = noticeReads(RUNS + WARMUP, seed)
    .map((generated) => generated.read)
    .map((read, i) => ({ ...read, pageKind: 'performance-notifications', url: `https://sellercentral.amazon.com/performance/notifications?bench=${seed}-${i}-${rng.int(0, 1e9)}` }));
  const page = await session.context.newPage();
  try {
    // An extension resource with no script of its own: the page is only an origin to run in.
    await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    await page.evaluate(`(() => { ${bundle}; globalThis.BrandSentryIngest = BrandSentryIngest; })()`);
    const outcome = await page.evaluate(
      async ({ reads, warmup, floorDb }) => {
        const { storeCapture, interpretStored, BrandSentryDb, Message } = (globalThis as any).BrandSentryIngest;
        const db = new BrandSentryDb();
        await db.open();
        const floor = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(floorDb, 1);
          open.onupgradeneeded = () => open.result.createObjectStore('captures', { keyPath: 'id' });
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const times = { store: [] as number[], interpret: [] as number[], floor: [] as number[] };
        const cold = { store: [] as number[], interpret: [] as number[], floor: [] as number[] };
        const statuses: Record<string, number> = {};
        for (let i = 0; i < reads.length; i++) {
          for (const what of i % 2 === 0 ? ['ingest', 'floor'] : ['floor', 'ingest']) {
            // Each side gets the message as it arrives: a fresh structured copy.
            const raw = JSON.parse(JSON.stringify({ type: 'CStoBG.pageRead', read: reads[i] }));
            const start = performance.now();
            const into = i >= warmup ? times : cold;
            if (what === 'ingest') {
              const message = Message.parse(raw);
              const stored = await storeCapture(db, { read: message.read, source: 'auto', now: Date.now() });
              const storedAt = performance.now();
              const result = await interpretStored(db, stored);
              into.store.push(storedAt - start);
              into.interpret.push(performance.now() - storedAt);
              const key = result.duplicate ? 'duplicate' : result.status;
              statuses[key] = (statuses[key] ?? 0) + 1;
            } else {
              await new Promise<void>((resolve, reject) => {
                const tx = floor.transaction('captures', 'readwrite');
                tx.objectStore('captures').put({ id: `${i}-${raw.read.url}`, ...raw });
                tx.oncomplete = () => resolve();
                tx.onerror = () => reject(tx.error);
              });
              into.floor.push(performance.now() - start);
            }
          }
        }
        db.close();
        floor.close();
        indexedDB.deleteDatabase(floorDb);
        return { times, cold, statuses };
      },
      { reads, warmup: WARMUP, floorDb: FLOOR_DB },
    );
    const { times, cold } = outcome;
    const floor = median(times.floor);
    const note = `bare write ${describe(times.floor, 'ms')}; after ${WARMUP} cold captures (medians: store ${round(median(cold.store))}, interpret ${round(median(cold.interpret))}, bare write ${round(median(cold.floor))} ms); outcomes ${JSON.stringify(outcome.statuses)}`;
    return [
      result({
        name: `store one capture (raw, durable) / bare IndexedDB write, ${label}`,
        value: median(times.store) / floor,
        unit: 'x',
        budget: 2,
        note: `message validated + storeCapture() ${describe(times.store, 'ms')}; ${note}`,
      }),
      result({
        name: `interpret a stored capture to its records / bare IndexedDB write, ${label}`,
        value: median(times.interpret) / floor,
        unit: 'x',
        budget: INTERPRET_BUDGET,
        note: `interpretStored() ${describe(times.interpret, 'ms')}; the same bare writes`,
      }),
    ];
  } finally {
    await page.close();
  }
}
