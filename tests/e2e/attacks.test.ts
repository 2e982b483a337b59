import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, screenshot, storedCaptures, storedRows, waitFor, type Session } from './harness';

/** The extension API inside worker.evaluate (runs in the service worker, not in Node). */
declare const chrome: any;

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const SHOP = 'https://lumora-official-shop.example';
const WEBMAIL = 'https://mail.google.com';

/**
 * Attackers write what Brand Sentry reads. In real Chromium: a genuine takedown arrives in Seller
 * Central; the seller then captures, with one click, the complainant's shop (a retraction hidden
 * in its markup), a page there that shows a retraction in plain view, and a webmail message whose
 * display name holds an Amazon address. The takedown must stay open and the fake notice must be
 * flagged, in the popup in English and in Chinese.
 */
describe('hostile pages and a display-name spoof, in real Chromium', () => {
  let session: Session;
  let popup: Page;

  beforeAll(async () => {
    session = await launch({
      [SELLER_CENTRAL]: { '/performance/notifications': 'pages/performance-notification-message.html' },
      [SHOP]: { '/about': 'attacks/hostile-shop-hidden-retraction.html', '/notice': 'attacks/hostile-shop-visible-retraction.html' },
      [WEBMAIL]: { '/mail/u/0/': 'pages/webmail-display-name-spoof.html' },
    });
    popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionUrl(session, 'popup.html'));
  });
  afterAll(async () => session?.close());

  const flags = () => storedRows(popup, 'flags');

  /** One-click capture of a tab, as the popup's button does it, aimed at that tab. */
  async function captureWithOneClick(url: string): Promise<Record<string, any>> {
    const tab = await session.context.newPage();
    await tab.goto(url);
    const tabId = await session.worker.evaluate(async (target) => (await chrome.tabs.query({ url: target }))[0].id, url);
    const clicker = await session.context.newPage();
    await clicker.goto(extensionUrl(session, `popup.html?tabId=${tabId}`));
    await clicker.getByRole('button', { name: 'Capture this page' }).click();
    await expect(clicker.getByRole('status').textContent()).resolves.toMatch(/Captured/);
    await clicker.close();
    await tab.close();
    return waitFor(async () => (await storedCaptures(popup)).find((capture) => capture.url === url), `the capture of ${url}`);
  }

  it('opens the takedown from the genuine notice in Seller Central', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${SELLER_CENTRAL}/performance/notifications`);
    await waitFor(async () => (await flags()).some((flag) => flag.kind === 'listing-takedown'), 'the takedown flag');
    await tab.close();
  });

  it('reads only what a person sees on the complainant\'s shop: the hidden retraction is not captured', async () => {
    const capture = await captureWithOneClick(`${SHOP}/about`);
    expect(capture.pageKind).toBe('unknown');
    expect(capture.read.text).toContain('Lumora ceramic pour-over sets');
    expect(capture.read.text).toContain('Free shipping');
    expect(capture.read.text).not.toMatch(/retracted|reinstated|1472583690/);
    expect(capture.read.katal).toEqual([]);
  });

  it('keeps a retraction shown on another site as evidence that closes nothing', async () => {
    const capture = await captureWithOneClick(`${SHOP}/notice`);
    expect(capture.read.text).toContain('retracted their complaint');
    const notices = await storedRows(popup, 'notices');
    expect(notices.find((notice) => notice.captureIds.includes(capture.id))).toMatchObject({ category: 'retraction', senderIsAmazon: null });
  });

  it('flags the display-name spoof: the sender is the address, not the name', async () => {
    const capture = await captureWithOneClick(`${WEBMAIL}/mail/u/0/`);
    expect(capture.pageKind).toBe('webmail');
    const notices = await storedRows(popup, 'notices');
    expect(notices.find((notice) => notice.captureIds.includes(capture.id))).toMatchObject({
      sender: 'someone@elsewhere.example',
      senderIsAmazon: false,
      claimsAmazon: true,
    });
    const stored = await waitFor(async () => {
      const rows = await flags();
      return rows.some((flag) => flag.kind === 'spoofed-notice') && rows;
    }, 'the spoofed-notice flag');
    const summary = stored.map((flag) => `${flag.key} ${flag.state}`).sort();
    expect(summary).toEqual(expect.arrayContaining(['listing-takedown:B0CLMR7X2Q@US open', 'spoofed-notice:elsewhere.example open']));
  });

  it('shows the takedown still open and the fake notice, in English and in Chinese', async () => {
    await popup.reload();
    await popup.locator('.flag').first().waitFor();
    const tiles = Object.fromEntries(
      await popup.locator('.tile').evaluateAll((items) => items.map((item) => [item.getAttribute('data-tile'), item.querySelector('.tile-count')!.textContent])),
    );
    expect(tiles.takedowns).toBe('1');
    const shown = await popup.locator('.flag').evaluateAll((items) => items.map((item) => item.getAttribute('data-flag-key')));
    expect(shown).toEqual(expect.arrayContaining(['listing-takedown:B0CLMR7X2Q@US', 'spoofed-notice:elsewhere.example']));
    expect(await popup.locator('body').textContent()).toContain('Fake "Amazon" notice');
    await screenshot(popup, 'popup-attacks-en');

    await popup.getByLabel('Language').selectOption('zh');
    await popup.getByText('冒充亚马逊的假通知').first().waitFor();
    expect(await popup.locator('.tiles').textContent()).toContain('下架');
    await screenshot(popup, 'popup-attacks-zh');
    await popup.getByLabel('语言').selectOption('en');
  });
});
