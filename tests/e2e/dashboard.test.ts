import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, launch, screenshot, storedCaptures, storedRows, waitFor, type Session } from './harness';

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const RDAP_UK = 'https://rdap.nominet.uk';
const COMPLAINANT_FLAG = 'suspicious-complainant:lumora-official.co.uk';

/**
 * Answering a complaint in Chromium: the takedown by a brand-named complainant shows on its
 * dashboard page; "check domain age" asks the registry (served locally) and puts the domain's
 * registration date beside the brand's first sale; one click exports the evidence pack, whose
 * report.html opens on its own.
 */
describe('dashboard, domain age and evidence pack in real Chromium', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await launch({
      [SELLER_CENTRAL]: { '/performance/notifications': 'pages/performance-notification-message.html' },
      [RDAP_UK]: { '/uk/domain/lumora-official.co.uk': 'rdap/lumora-official-co-uk.json' },
    });
    page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'options.html'));
    await page.getByLabel('Brand name').fill('Lumora');
    await page.getByLabel('Your official domains').fill('lumora.com');
    await page.getByLabel(/Your trademarks/).fill('USPTO 6123456');
    await page.getByLabel(/Marketplaces/).fill('US');
    await page.getByLabel('First sale on Amazon').fill('2024-03-01');
    await page.getByRole('button', { name: 'Save brands' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();

    const notice = await session.context.newPage();
    await notice.goto(`${SELLER_CENTRAL}/performance/notifications`);
    await waitFor(async () => (await storedCaptures(page)).length > 0, 'the notice capture');
    await waitFor(async () => (await storedRows(page, 'flags')).some((flag) => flag.key === COMPLAINANT_FLAG), 'the complainant flag');
    await notice.close();
  });
  afterAll(async () => session?.close());

  it('checks the complainant domain\'s age on request and sets it against the first sale', async () => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(extensionUrl(session, `dashboard.html#/flag/${encodeURIComponent(COMPLAINANT_FLAG)}`));
    await page.locator('#flag-heading').waitFor();
    expect(session.requests.some((url) => url.startsWith(RDAP_UK))).toBe(false); // nothing sent before the click
    await page.getByRole('button', { name: 'Check domain age' }).click();
    await page.locator('.domain-age-known').waitFor();
    // In the browser's own locale (Chromium here speaks en-US), not a fixed British form.
    expect(await page.locator('.domain-age-known').textContent()).toContain('lumora-official.co.uk was registered on Oct 2, 2026');
    const fact = page.locator('.key-fact.winning');
    await fact.waitFor();
    expect(await fact.textContent()).toMatch(/945 days/);
    expect(session.requests.filter((url) => url.startsWith(RDAP_UK))).toEqual([`${RDAP_UK}/uk/domain/lumora-official.co.uk`]);
    await screenshot(page, 'dashboard-flag-complainant');
  });

  it('exports an evidence pack whose report opens on its own with the right facts', async () => {
    const download = page.waitForEvent('download');
    await page.locator('.pack button').click();
    const saved = await (await download).path();
    const files = unzipSync(new Uint8Array(await readFile(saved)));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['report.html', 'notices.csv', 'evidence.json']));
    const report = strFromU8(files['report.html']!);
    for (const fact of ['1472583690', 'B0CLMR7X2Q', 'UK00003987412', 'lumora-official.co.uk', '2026-10-02', '2024-03-01']) expect(report).toContain(fact);
    const evidence = JSON.parse(strFromU8(files['evidence.json']!));
    expect(evidence).toMatchObject({ format: 'brand-sentry-evidence', version: 2 });

    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    writeFileSync(join(dir, 'report.html'), report);
    const viewer = await session.context.newPage();
    await viewer.goto(`file://${join(dir, 'report.html')}`);
    expect(await viewer.locator('script').count()).toBe(0);
    expect(await viewer.textContent('body')).toContain('Complaint ID');
    await screenshot(viewer, 'evidence-report');
    // Complaint IDs, ASINs and dates stay whole, even on a narrow window: a reviewer searches for them.
    await viewer.setViewportSize({ width: 640, height: 900 });
    const ids = await viewer.evaluate(() =>
      [...document.querySelectorAll('td.id')].map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        // One line box per distinct top: the span and its text share one.
        return { text: cell.textContent ?? '', lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
      }),
    );
    expect(ids.map((cell) => cell.text)).toEqual(expect.arrayContaining(['1472583690', 'B0CLMR7X2Q']));
    expect(ids.filter((cell) => !cell.text.includes(' ') && cell.lines > 1)).toEqual([]);
    await screenshot(viewer, 'evidence-report-narrow');
  });

  it('shows the timeline, and the flag page in Chinese', async () => {
    await page.goto(extensionUrl(session, 'dashboard.html#/timeline'));
    await page.locator('.timeline-entry').filter({ hasText: 'lumora-official.co.uk' }).first().waitFor();
    await screenshot(page, 'dashboard-timeline');

    await page.goto(extensionUrl(session, `dashboard.html#/flag/${encodeURIComponent(COMPLAINANT_FLAG)}`));
    await page.locator('#flag-heading').waitFor();
    await page.getByLabel('Language').first().selectOption('zh');
    await page.getByText('可疑投诉人').first().waitFor();
    expect(await page.locator('.findings').textContent()).toContain('包含您的品牌名 Lumora');
    await screenshot(page, 'dashboard-flag-complainant-zh');
    await page.getByLabel('语言').first().selectOption('en');
  });
});
