import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scPage, type ScPage } from '../helpers/sc-pages';
import { extensionUrl, launch, storedCaptures, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const DISTINCT = 20;
const SAME = 5;

/**
 * Twenty Seller Central tabs capturing at once, plus five tabs of one same page: every distinct
 * page stored exactly once, the same page once, nothing lost, nothing left pending or failed.
 */
describe('twenty tabs capturing at once', () => {
  let session: Session;
  const pages: ScPage[] = Array.from({ length: DISTINCT }, (_, i) => scPage(i));
  const same = scPage(100);

  beforeAll(async () => {
    session = await launch({});
    const byPath = new Map([...pages, same].map((page) => [page.path, page]));
    // Registered after the harness's catch-all route, so it answers first.
    await session.context.route(`${SELLER_CENTRAL}/**`, (route) => {
      const url = new URL(route.request().url());
      const page = byPath.get(url.pathname + url.search);
      return page ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html }) : route.fulfill({ status: 404, body: 'not a fixture' });
    });
  });
  afterAll(async () => session?.close());

  it('stores each page once and loses none', async () => {
    const tabs = await Promise.all(Array.from({ length: DISTINCT + SAME }, () => session.context.newPage()));
    const targets = [...pages, ...Array.from({ length: SAME }, () => same)];
    await Promise.all(tabs.map((tab, i) => tab.goto(`${SELLER_CENTRAL}${targets[i]!.path}`)));

    const viewer = await session.context.newPage();
    await viewer.goto(extensionUrl(session, 'popup.html'));
    const expected = DISTINCT + 1;
    await waitFor(async () => (await storedCaptures(viewer)).length >= expected, `${expected} captures`, 45_000);
    // Late duplicates would arrive after the first settle; give them time to show.
    await viewer.waitForTimeout(3_000);
    await waitFor(async () => (await storedCaptures(viewer)).every((capture) => capture.status !== 'pending'), 'interpretation of every capture', 15_000);

    const captures = await storedCaptures(viewer);
    expect(captures).toHaveLength(expected);
    expect(new Set(captures.map((capture) => capture.id)).size).toBe(expected);
    for (const page of [...pages, same]) {
      const holding = captures.filter((capture) => (capture.read.text as string).includes(page.marker) && capture.url === `${SELLER_CENTRAL}${page.path}`);
      expect(holding, `captures of ${page.path}`).toHaveLength(1);
      expect(holding[0]!.pageKind).toBe(page.kind);
    }
    expect(captures.filter((capture) => capture.status === 'failed')).toEqual([]);

    // One notice per complaint, however the writes interleaved.
    const notices = await viewer.evaluate(
      () =>
        new Promise<Array<{ id: string; complaintIds: string[] }>>((resolve, reject) => {
          const open = indexedDB.open('brand-sentry');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('notices').objectStore('notices').getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    const complaintIds = pages.filter((page) => page.complaintId).map((page) => page.complaintId!);
    for (const id of complaintIds) expect(notices.filter((notice) => notice.complaintIds.includes(id)), `notices of complaint ${id}`).toHaveLength(1);
    // 25 tabs at once: the hang guard is wider than the suite's 60 s, which a loaded 2-core machine exceeded.
  }, 180_000);
});
