/**
 * `npm start`: builds the extension, then opens Chromium with it on the bundled demo Seller
 * Central pages (tests/fixtures/pages, served as https://sellercentral.amazon.com/...).
 * With a display, the browser stays open for you to click around. Without one (a server, CI),
 * the demo runs headless, saves screenshots of what a seller would see, and says where.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, PRODUCTION_BUILD, ROOT, type Sites } from './chromium';

const DEMO: Sites = {
  'https://sellercentral.amazon.com': {
    '/performance/dashboard': 'pages/account-health-dashboard.html',
    '/performance/notifications': 'pages/performance-notification-message.html',
  },
};
const TOUR = ['/performance/dashboard', '/performance/notifications'];

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
console.log(`\nBuilt extension: ${PRODUCTION_BUILD}`);
console.log('Load it by hand: chrome://extensions > Developer mode > Load unpacked > that folder.\n');

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const session = await launchWithExtension(PRODUCTION_BUILD, DEMO, { headless });
const page = await session.context.newPage();
for (const path of TOUR) {
  await page.goto(`https://sellercentral.amazon.com${path}`);
  await page.waitForTimeout(2_500); // the content script reads after the page settles
}
const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;

if (headless) {
  const out = join(ROOT, 'demo-screenshots');
  mkdirSync(out, { recursive: true });
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(popupUrl);
  await popup.waitForSelector('.tiles');
  await popup.getByText('Latest captures').click();
  await popup.waitForSelector('.capture');
  await popup.screenshot({ path: join(out, 'popup.png') });
  const dashboard = await session.context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 800 });
  await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html#/timeline`);
  await dashboard.waitForSelector('.timeline-entry');
  await dashboard.screenshot({ path: join(out, 'dashboard-timeline.png'), fullPage: true });
  console.log(`No display: ran the demo headless. Screenshots in ${out} (popup.png, dashboard-timeline.png)`);
  await session.close();
} else {
  const popup = await session.context.newPage();
  await popup.goto(popupUrl);
  console.log('Chromium is open on the demo pages with Brand Sentry loaded. Close the window to stop.');
  await new Promise((resolve) => session.context.on('close', resolve));
}
