import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, putRow, screenshot, storedCaptures, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';

/**
 * No capture lost, in real Chromium: the service worker stopped while it
 * held a page read, and storage refusing writes. The e2e build's seams (settings rows read by
 * lib/background/e2e-seams.ts) hold a read before it is stored and refuse writes with the
 * browser's QuotaExceededError; the production build has neither.
 */
describe('no capture lost', () => {
  let session: Session;

  beforeAll(async () => {
    session = await launch({
      [SELLER_CENTRAL]: {
        '/performance/dashboard': 'pages/account-health-dashboard.html',
        '/performance/notifications': 'pages/performance-notification-message.html',
      },
    });
  });
  afterAll(async () => session?.close());

  it('stores a page read whose service worker was stopped mid-capture: the content script sends it again', async () => {
    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, 'popup.html'));
    await putRow(popup, 'settings', { key: 'e2e.stallPageReadMs', value: '6000' });
    await session.worker.evaluate(() => ((globalThis as Record<string, unknown>).__beforeStop = true));

    const browse = await session.context.newPage();
    await browse.goto(`${SELLER_CENTRAL}/performance/dashboard`);
    await browse.waitForTimeout(3_500); // read after 1.2 s, now held by the worker
    expect(await storedCaptures(popup)).toHaveLength(0);

    const cdp = await session.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await putRow(popup, 'settings', { key: 'e2e.stallPageReadMs', value: '0' });

    const captures = await waitFor(async () => {
      const rows = await storedCaptures(popup);
      return rows.some((row) => row.pageKind === 'account-health') && rows;
    }, 'the account health read, sent again after the worker stopped', 30_000);
    expect(captures.filter((row) => row.pageKind === 'account-health')).toHaveLength(1);
    // The worker that stored it is a new one: the stop really happened.
    const worker = session.context.serviceWorkers().at(-1)!;
    expect(await worker.evaluate(() => (globalThis as Record<string, unknown>).__beforeStop ?? null)).toBeNull();
    await browse.close();
  });

  it('says "storage full / not saved" in the popup, in both languages, and stores the page at Retry', async () => {
    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, 'popup.html'));
    await putRow(popup, 'settings', { key: 'e2e.refuseWrites', value: '1000' });

    const browse = await session.context.newPage();
    await browse.goto(`${SELLER_CENTRAL}/performance/notifications`);
    await browse.waitForTimeout(3_000);
    await popup.reload();
    await popup.setViewportSize({ width: 380, height: 600 });
    const banner = popup.getByRole('alert').filter({ hasText: 'Storage full' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Pages not saved yet: 1.');
    expect((await storedCaptures(popup)).some((row) => row.pageKind === 'performance-notifications')).toBe(false);
    await screenshot(popup, 'popup-storage-full-en');
    await popup.getByLabel('Language').selectOption('zh');
    await popup.getByRole('alert').filter({ hasText: '存储空间已满' }).waitFor();
    await screenshot(popup, 'popup-storage-full-zh');

    await putRow(popup, 'settings', { key: 'e2e.refuseWrites', value: '0' }); // the seller freed space
    await popup.getByRole('button', { name: '重试' }).click();
    await waitFor(async () => (await storedCaptures(popup)).some((row) => row.pageKind === 'performance-notifications'), 'the refused page, stored at Retry');
    await waitFor(async () => (await popup.getByRole('alert').filter({ hasText: '存储空间已满' }).count()) === 0, 'the banner to go');
    await popup.getByLabel('语言').selectOption('en').catch(() => undefined);
    await browse.close();
  });
});
