import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, screenshot, storedCaptures, waitFor, type Session } from './harness';

/** The extension API inside worker.evaluate (runs in the service worker, not in Node). */
declare const chrome: any;

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const WEBMAIL = 'https://mail.google.com';

describe('capture in real Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await launch({
      [SELLER_CENTRAL]: {
        '/performance/dashboard': 'pages/account-health-dashboard.html',
        '/performance/notifications': 'pages/performance-notification-message.html',
        '/orders-v3': 'pages/account-health-dashboard.html',
      },
      [WEBMAIL]: { '/mail/u/0/': 'pages/webmail-message.html' },
    });
  });
  afterAll(async () => session?.close());

  it('captures Account Health and an open Performance Notification automatically, and never an order page', async () => {
    const browse = await session.context.newPage();
    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, 'popup.html'));
    const kinds = async () => (await storedCaptures(popup)).map((capture) => capture.pageKind as string).sort();

    await browse.goto(`${SELLER_CENTRAL}/orders-v3`);
    await browse.waitForTimeout(2_500); // long enough for a read to have been sent
    await browse.goto(`${SELLER_CENTRAL}/performance/dashboard`);
    await waitFor(async () => (await kinds()).includes('account-health'), 'the Account Health capture');
    await browse.goto(`${SELLER_CENTRAL}/performance/notifications`);
    await waitFor(async () => (await kinds()).includes('performance-notifications'), 'the Performance Notification capture');

    expect(await kinds()).toEqual(['account-health', 'performance-notifications']);
    const captures = await storedCaptures(popup);
    expect(captures.every((capture) => capture.source === 'auto')).toBe(true);
    const message = captures.find((capture) => capture.pageKind === 'performance-notifications')!;
    // The message body lives in a same-origin iframe: it must be in the captured text.
    expect(message.read.text).toContain('Complaint ID: 1472583690');
    expect(message.read.text).toContain('ipteam@lumora-official.co.uk');
    const health = captures.find((capture) => capture.pageKind === 'account-health')!;
    expect(health.read.katal).toEqual(expect.arrayContaining([expect.objectContaining({ tag: 'kat-badge', label: 'At Risk' })]));

    await popup.reload();
    await popup.getByText('Latest captures').click(); // the list sits in a <details> under the flags
    await popup.getByText('Performance Notifications').first().waitFor();
    await popup.getByText('Account Health').first().waitFor();
    await popup.setViewportSize({ width: 380, height: 560 });
    await screenshot(popup, 'popup-auto-captures');
  });

  it('captures a webmail message with one click, with its screenshot', async () => {
    const mail = await session.context.newPage();
    await mail.goto(`${WEBMAIL}/mail/u/0/`);
    const tabId = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      return tab!.id!;
    });
    // The toolbar popup cannot be clicked from Playwright; open the same page in its own
    // window, aimed at the mail tab, so the mail tab stays the visible one for the screenshot.
    const popupOpened = session.context.waitForEvent('page');
    await session.worker.evaluate(async ({ url }) => {
      await chrome.windows.create({ url, type: 'popup', width: 400, height: 600 });
    }, { url: extensionUrl(session, `popup.html?tabId=${tabId}`) });
    const popup = await popupOpened;
    await popup.waitForLoadState();
    await popup.getByRole('button', { name: 'Capture this page' }).click();
    const status = popup.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/Captured: Webmail message\.\s+Screenshot saved\./);

    const captures = await storedCaptures(popup);
    const captured = captures.find((capture) => capture.source === 'click');
    expect(captured).toBeDefined();
    expect(captured!.pageKind).toBe('webmail');
    expect(captured!.read.text).toContain('lumora.brand.ip@gmail.com');
    expect(captured!.screenshotId).toBeTruthy();
    await popup.getByText('Latest captures').click();
    await popup.getByText('Webmail message').first().waitFor();
    await screenshot(popup, 'popup-one-click-capture');
  });

  it('says plainly when asked to capture a page the browser forbids', async () => {
    const settingsTab = await session.worker.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version' })).id!);
    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, `popup.html?tabId=${settingsTab}`));
    await popup.getByRole('button', { name: 'Capture this page' }).click();
    await expect(popup.getByRole('status').textContent()).resolves.toMatch(/does not let extensions read this page/);
  });
});
