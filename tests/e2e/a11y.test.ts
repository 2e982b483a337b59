import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { extensionUrl, launch, storedCaptures, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';

/**
 * Interactive elements a keyboard user must reach, in document order: each is numbered
 * (data-a11y-order) so the Tab walk below can say which one has focus.
 */
async function controlsInOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => element.checkVisibility() && element.tabIndex >= 0 && !element.closest('[inert]'),
    );
    controls.forEach((element, index) => element.setAttribute('data-a11y-order', String(index)));
    return controls.map((element) => `${element.tagName.toLowerCase()}:${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}`);
  });
}

/**
 * Presses Tab from the top of the page and records each control that gets focus, until `count`
 * were seen. A date input takes several Tabs (one per field): counted once.
 */
async function tabSequence(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // A click on the page's top-left corner moves the sequential focus starting point to the top.
  await page.mouse.click(1, 1);
  const seen: number[] = [];
  for (let presses = 0; seen.length < count && presses < count * 4; presses++) {
    await page.keyboard.press('Tab');
    const order = await page.evaluate(() => Number(document.activeElement?.closest('[data-a11y-order]')?.getAttribute('data-a11y-order') ?? -1));
    if (seen[seen.length - 1] !== order) seen.push(order);
  }
  return seen;
}

async function expectKeyboardReachable(page: Page): Promise<void> {
  const controls = await controlsInOrder(page);
  expect(controls.length).toBeGreaterThan(0);
  const reached = await tabSequence(page, controls.length);
  expect(reached.map((index) => controls[index] ?? `(not a listed control: ${index})`)).toEqual(controls);
}

describe('accessibility in Chromium (axe-core, keyboard)', () => {
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

  it('the popup with nothing captured: no serious or critical violations, every control reachable by Tab in order', async () => {
    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, 'popup.html'));
    await popup.locator('.tiles').waitFor();
    expect(describeViolations(await axeViolations(popup))).toEqual([]);
    await expectKeyboardReachable(popup);
  });

  it('the popup with flags and captures: the same', async () => {
    const browse = await session.context.newPage();
    const popup = await session.context.newPage();
    await popup.goto(extensionUrl(session, 'popup.html'));
    await browse.goto(`${SELLER_CENTRAL}/performance/notifications`);
    await waitFor(async () => (await storedCaptures(popup)).some((c) => c.pageKind === 'performance-notifications' && c.status !== 'pending'), 'the notification capture');
    await browse.goto(`${SELLER_CENTRAL}/performance/dashboard`);
    await waitFor(async () => (await storedCaptures(popup)).some((c) => c.pageKind === 'account-health'), 'the Account Health capture');
    await popup.reload();
    await popup.locator('.flags > li').first().waitFor();
    await popup.locator('details.latest summary').click(); // open: its captures are part of the page too
    expect(describeViolations(await axeViolations(popup))).toEqual([]);
    await expectKeyboardReachable(popup);
  });

  for (const route of ['', '#/flags', '#/timeline', '#/unrecognised', '#/import', '#/backup']) {
    it(`the dashboard ${route || '#/'}: no serious or critical violations, every control reachable by Tab in order`, async () => {
      const dashboard = await session.context.newPage();
      await dashboard.goto(extensionUrl(session, `dashboard.html${route}`));
      await dashboard.locator('main, #app > *').first().waitFor();
      await dashboard.waitForTimeout(500); // live queries answer
      expect(describeViolations(await axeViolations(dashboard))).toEqual([]);
      await expectKeyboardReachable(dashboard);
    });
  }

  it('the dashboard flag view: the same', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(extensionUrl(session, 'dashboard.html'));
    const link = dashboard.locator('a[href^="#/flag/"]').first();
    await link.waitFor();
    await link.click();
    await dashboard.waitForTimeout(500);
    expect(describeViolations(await axeViolations(dashboard))).toEqual([]);
    await expectKeyboardReachable(dashboard);
  });

  it('the settings page, with a brand saved and its message shown: the same', async () => {
    const settings = await session.context.newPage();
    await settings.goto(extensionUrl(session, 'options.html'));
    await settings.getByLabel('Brand name').fill('Lumora');
    await settings.getByRole('button', { name: 'Save brands' }).click();
    await settings.getByRole('status').getByText('Saved.').waitFor();
    expect(describeViolations(await axeViolations(settings))).toEqual([]);
    await expectKeyboardReachable(settings);
    await settings.getByLabel('Language').selectOption('zh');
    await settings.getByRole('heading', { level: 1 }).getByText('设置').waitFor();
    expect(describeViolations(await axeViolations(settings)), 'in Chinese').toEqual([]);
    await settings.getByLabel('语言').selectOption('en');
  });

  it('the evidence report (report.html from the pack, pictures and tables included): no serious or critical violations', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(extensionUrl(session, 'dashboard.html#/flags'));
    const link = dashboard.locator('a[href^="#/flag/"]').first();
    await link.waitFor();
    await link.click();
    await dashboard.locator('.pack button').waitFor();
    const download = dashboard.waitForEvent('download');
    await dashboard.locator('.pack button').click();
    const zip = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)));
    const report = await session.context.newPage();
    await report.setContent(strFromU8(zip['report.html']!));
    await report.locator('#pictures svg').first().waitFor();
    expect(describeViolations(await axeViolations(report))).toEqual([]);
  });
});
