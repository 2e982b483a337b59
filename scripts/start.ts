/**
 * `npm start`: builds the extension, then drives it in Chromium through the bundled demo pages
 * (tests/fixtures/demo and pages, served at the real Seller Central, Brand Registry, webmail and
 * registry addresses): the whole story of a brand under attack, step by step (scripts/demo/tour.ts).
 * With a display, the browser stays open on the popup and the dashboard. Without one (a server,
 * CI), it runs headless and saves screenshots of what the seller sees, in English and Chinese.
 * It drives the e2e build (see startTour for why).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { PRODUCTION_BUILD, ROOT } from './chromium';
import { COMPLAINANT_FLAG, FOLLOW_SELLER_FLAG, openPopup, runTour, startTour, storedRows, waitFor } from './demo/tour';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
console.log(`\nBuilt extension: ${PRODUCTION_BUILD}`);
console.log('Load it by hand: chrome://extensions > Developer mode > Load unpacked > that folder.\n');

const tour = await startTour({ headless });
const { session, probe } = tour;
const extensionUrl = session.url;

const out = join(ROOT, 'demo-screenshots');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const written: string[] = [];
/** A long page is photographed at the window's size where it opened (a next step scrolls to its section); a short one whole. */
async function shoot(page: Page, name: string, fullPage: boolean): Promise<void> {
  await page.waitForTimeout(400); // live queries answer, fonts settle
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, fullPage });
  written.push(path);
}

/** Both languages of one view: the seller's language setting, switched as they would in the popup. */
async function inBothLanguages(page: Page, name: string, ready: string, fullPage = true): Promise<void> {
  for (const language of ['en', 'zh'] as const) {
    await setLanguage(language);
    await page.reload();
    await page.locator(ready).first().waitFor();
    await shoot(page, `${name}-${language}`, fullPage);
  }
  await setLanguage('en');
}

async function setLanguage(language: 'en' | 'zh'): Promise<void> {
  await probe.evaluate((value) => chrome.runtime.sendMessage({ type: 'UItoBG.setSetting', key: 'language', value }), language);
  await waitFor(async () => (await storedRows(probe, 'settings')).some((row) => row.key === 'language' && row.value === language), `language ${language}`);
}
declare const chrome: any;

await runTour(tour, {
  before: (index, step) => console.log(`${index + 1}. ${step.title}`),
  after: async (index) => {
    if (!headless || index !== 0) return;
    // The first minute: no brand yet, Brand Registry already seen, nothing else captured.
    const popup = await openPopup(tour);
    await inBothLanguages(popup, '01-popup-first-minute', '.setup');
    await popup.close();
  },
});

const popup = await openPopup(tour);
const dashboard = await session.context.newPage();
await dashboard.setViewportSize({ width: 1100, height: 800 });
await dashboard.goto(extensionUrl('dashboard.html#/'));

if (headless) {
  await inBothLanguages(popup, '02-popup-flags', '.flag .next-step');
  await inBothLanguages(dashboard, '03-dashboard-overview', 'svg.chart');
  await dashboard.goto(extensionUrl(`dashboard.html#/flag/${encodeURIComponent(COMPLAINANT_FLAG)}`));
  await inBothLanguages(dashboard, '04-flag-complainant', '.domain-age-known', false);
  const takedown = (await storedRows(probe, 'flags')).find((flag) => flag.kind === 'listing-takedown' && flag.state === 'open');
  if (takedown) {
    // Where the flag's next step leads (the appeal, or the retraction request), as the seller's click would.
    await dashboard.goto(extensionUrl(`dashboard.html#/flag/${encodeURIComponent(takedown.key)}`));
    const next = dashboard.locator('.flag-next a').first();
    await next.waitFor();
    await dashboard.goto(extensionUrl(`dashboard.html${await next.getAttribute('href')}`));
    await inBothLanguages(dashboard, '05-flag-takedown-letters', '#letters-heading', false);
  }
  await dashboard.goto(extensionUrl(`dashboard.html#/flag/${encodeURIComponent(FOLLOW_SELLER_FLAG)}`));
  await inBothLanguages(dashboard, '06-flag-follow-seller', '.offer-history', false);
  await dashboard.goto(extensionUrl(`dashboard.html#/flag/${encodeURIComponent(COMPLAINANT_FLAG)}`));
  await dashboard.locator('.pack button').waitFor();
  const download = dashboard.waitForEvent('download');
  await dashboard.locator('.pack button').click();
  const zip = readFileSync((await (await download).path())!);
  const dir = mkdtempSync(join(tmpdir(), 'brand-sentry-pack-'));
  writeFileSync(join(dir, 'report.html'), unzipSync(new Uint8Array(zip))['report.html']!);
  const report = await session.context.newPage();
  await report.setViewportSize({ width: 1000, height: 1100 });
  await report.goto(`file://${join(dir, 'report.html')}`);
  await shoot(report, '07-evidence-report-facts', false);
  await report.locator('#pictures').evaluate((section) => section.scrollIntoView());
  await shoot(report, '08-evidence-report-pictures', false);
  console.log(`\nNo display: ran the demo headless. ${written.length} screenshots in ${out}:`);
  for (const path of written) console.log(`  ${path}`);
  await session.close();
} else {
  await probe.close();
  console.log('\nChromium is open on the popup and the dashboard, with the whole story captured. Close the window to stop.');
  await new Promise((resolve) => session.context.on('close', resolve));
}
