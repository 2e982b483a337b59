import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBMAIL_CASES } from '../helpers/webmail-cases';
import { extensionUrl, launch, screenshot, storedCaptures, storedRows, waitFor, type Session } from './harness';

/** The extension API inside worker.evaluate (runs in the service worker, not in Node). */
declare const chrome: any;

const NAME_ONLY = { url: 'https://outlook.office.com/mail/inbox/id/AAQkAGNhbWVPbmx5', fixture: 'pages/webmail/outlook-name-only-en.html' };

/** Every fixture served at its own webmail host and path, as the real page would be. */
function sites() {
  const served: Record<string, Record<string, string>> = {};
  for (const { url, fixture } of [...WEBMAIL_CASES, NAME_ONLY]) {
    const parsed = new URL(url);
    (served[parsed.origin] ??= {})[parsed.pathname] = fixture;
  }
  return served;
}

/**
 * One-click capture of warning e-mails on every webmail host and interface language, in real
 * Chromium: the newest open message by default, the other one picked in the popup; the right
 * sender, subject and date each time, a spoofed sender flagged and Amazon's genuine one not.
 */
describe('webmail capture in real Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(sites());
  });
  afterAll(async () => session?.close());

  /** Opens the mail, then the popup in its own window aimed at the mail tab (so the mail tab stays visible). */
  async function openMailAndPopup(url: string): Promise<Page> {
    const mail = await session.context.newPage();
    await mail.goto(url);
    const tabId = await session.worker.evaluate(async (href: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab: { url?: string }) => tab.url === href)!.id as number;
    }, url);
    const popupOpened = session.context.waitForEvent('page');
    await session.worker.evaluate(async ({ popupUrl }) => {
      await chrome.windows.create({ url: popupUrl, type: 'popup', width: 420, height: 640 });
    }, { popupUrl: extensionUrl(session, `popup.html?tabId=${tabId}`) });
    const popup = await popupOpened;
    await popup.waitForLoadState();
    return popup;
  }

  const captureOf = async (popup: Page, sender: string) =>
    waitFor(async () => (await storedCaptures(popup)).find((capture) => capture.pageKind === 'webmail' && capture.read.mail?.from?.includes(`<${sender}>`)), `the capture from ${sender}`);

  for (const testCase of WEBMAIL_CASES) {
    it(`${testCase.host} (${testCase.language}): each open message with one click, spoof flagged, Amazon not`, async () => {
      const popup = await openMailAndPopup(testCase.url);
      await popup.getByRole('button', { name: 'Capture this page' }).click();
      await expect(popup.getByRole('status').textContent()).resolves.toMatch(/Captured: Webmail message\./);
      const picker = popup.locator('fieldset.thread-picker');
      await picker.waitFor();
      expect(await picker.locator('button').count()).toBe(testCase.messages.length);
      // Newest first, the captured one pressed.
      await expect(picker.locator('button').first().getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(picker.locator('button').first().textContent()).resolves.toContain(testCase.messages[0]!.sender);
      await picker.locator('button').nth(1).click();
      await waitFor(async () => (await picker.locator('button').nth(1).getAttribute('aria-pressed')) === 'true', 'the second message captured');

      for (const message of testCase.messages) {
        const capture = await captureOf(popup, message.sender);
        expect(capture.source).toBe('click');
        expect(capture.read.mail).toMatchObject({ from: `${message.name} <${message.sender}>`, subject: message.subject });
        expect(capture.read.fields.find((field: { name: string }) => field.name === 'mail.body')?.value).toContain(message.bodyWord);
        const notice = await waitFor(
          async () => (await storedRows(popup, 'notices')).find((row) => row.captureIds.includes(capture.id)),
          `the notice of ${message.sender}`,
        );
        expect(notice).toMatchObject({ sender: message.sender, senderIsAmazon: !message.spoofed, subject: message.subject, receivedAt: Date.parse(`${message.day}T00:00:00Z`) });
        expect(notice.complaintIds).toContain(message.complaintId);
      }
      const spoof = testCase.messages.find((message) => message.spoofed)!;
      const genuine = testCase.messages.find((message) => !message.spoofed)!;
      const spoofFlags = await waitFor(async () => {
        const rows = (await storedRows(popup, 'flags')).filter((flag) => flag.kind === 'spoofed-notice' && JSON.stringify(flag).includes(spoof.sender.split('@')[1]!.split('.').slice(-2).join('.')));
        return rows.length > 0 && rows;
      }, `the spoofed-notice flag of ${spoof.sender}`);
      expect(spoofFlags[0]).toMatchObject({ state: 'open', severity: 'high' });
      const genuineNotice = (await storedRows(popup, 'notices')).find((row) => row.sender === genuine.sender)!;
      const flagged = (await storedRows(popup, 'flags')).filter((flag) => flag.kind === 'spoofed-notice' && JSON.stringify(flag).includes(genuineNotice.captureIds[0]));
      expect(flagged).toEqual([]);
      await popup.setViewportSize({ width: 420, height: 640 });
      await screenshot(popup, `popup-webmail-${testCase.host}-${testCase.language}`);
      await popup.close();
    });
  }

  it('says "sender not found" when the page shows no sender address, trusts nothing, and reads again', async () => {
    const popup = await openMailAndPopup(NAME_ONLY.url);
    await popup.getByRole('button', { name: 'Capture this page' }).click();
    const warning = popup.getByRole('alert');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toMatch(/Sender not found: check who sent it/);
    const capture = await waitFor(async () => (await storedCaptures(popup)).find((row) => row.url === NAME_ONLY.url), 'the name-only capture');
    expect(capture.read.mail).toMatchObject({ from: null, fromName: 'Amazon Seller Performance' });
    const notices = (await storedRows(popup, 'notices')).filter((row) => row.captureIds.includes(capture.id));
    expect(notices.every((notice) => notice.sender === null && notice.senderIsAmazon !== true)).toBe(true);
    await popup.getByRole('button', { name: 'Read again' }).click();
    // The same page read again is the same capture; the warning stays until a sender is shown.
    await waitFor(async () => /Already captured: Webmail message/.test((await popup.getByRole('status').textContent()) ?? ''), 'the second read');
    await warning.waitFor();

    // The popup's latest captures and the dashboard mark it too, in English and in Chinese.
    await popup.reload();
    await popup.getByText('Latest captures').click();
    await popup.getByText('sender not found: check who sent it').first().waitFor();
    const dashboard = await session.context.newPage();
    await dashboard.goto(extensionUrl(session, 'dashboard.html#/unrecognised'));
    await dashboard.getByRole('heading', { name: 'Webmail messages whose sender was not found' }).waitFor();
    await screenshot(dashboard, 'dashboard-webmail-sender-not-found');
    await popup.getByLabel('Language').selectOption('zh');
    await popup.getByText('未找到发件人：请核实是谁发的').first().waitFor();
    await dashboard.reload();
    await dashboard.getByRole('heading', { name: '未找到发件人的网页邮件' }).waitFor();
    await popup.getByLabel('语言').selectOption('en');
    await popup.close();
    await dashboard.close();
  });
});
