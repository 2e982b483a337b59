import type { ExtensionBrowser } from '../chromium';
import { noticeReads } from '../../tests/helpers/notice-reads';
import { random } from '../../tests/helpers/prng';
import { bundleForBrowser } from './bundle';
import { describe, median, result, round, type Row } from './report';

const RUNS = 41;
/**
 * The first writes into a database of this size warm the store's own caches (its index blocks
 * are read from disk) and are slower than the rest. The figure is the steady state
 * of a seller browsing all day; the cold captures' median is reported beside it.
 */
const WARMUP = 20;

/**
 * Storing one capture, as the background does it for a content script's page read: the message
 * validated with the protocol's zod schema (router.ts), then `ingest()` (content hash and
 * interpretation, then the capture, its records and derived listing history stored in one
 * transaction). Run with the real code (bundled from lib/) in an extension page of the
 * extension under test, so it writes the extension's own IndexedDB in Chromium, the store the
 * background writes. Left out, because they are not storing: message passing (a few tenths of a
 * millisecond, and needs a tab as sender) and the flag recompute that follows (its own figure).
 * Each capture is a distinct generated notice page (performance-notifications), one at a time.
 */
export async function ingestFigure(session: ExtensionBrowser, label: string, seed: number): Promise<Row> {
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
      async ({ reads, warmup }) => {
        const { ingest, BrandSentryDb, Message } = (globalThis as any).BrandSentryIngest;
        const db = new BrandSentryDb();
        await db.open();
        const times: number[] = [];
        const cold: number[] = [];
        const statuses: Record<string, number> = {};
        for (let i = 0; i < reads.length; i++) {
          const raw = JSON.parse(JSON.stringify({ type: 'CStoBG.pageRead', read: reads[i] }));
          const start = performance.now();
          const message = Message.parse(raw);
          const stored = await ingest(db, { read: message.read, source: 'auto', now: Date.now() });
          const elapsed = performance.now() - start;
          (i >= warmup ? times : cold).push(elapsed);
          statuses[stored.duplicate ? 'duplicate' : stored.status] = (statuses[stored.duplicate ? 'duplicate' : stored.status] ?? 0) + 1;
        }
        db.close();
        return { times, cold, statuses };
      },
      { reads, warmup: WARMUP },
    );
    return result({
      name: `store one capture, ${label}`,
      value: median(outcome.times),
      unit: 'ms',
      budget: 5,
      note: `${describe(outcome.times, 'ms')} after ${WARMUP} cold captures (their median ${round(median(outcome.cold))} ms); outcomes ${JSON.stringify(outcome.statuses)}`,
    });
  } finally {
    await page.close();
  }
}
