import type { Page } from 'playwright-core';
import { E2E_BUILD, type ExtensionBrowser, launchWithExtension, type Sites, storedRows, waitFor } from '../chromium';

export { storedRows, waitFor } from '../chromium';

/** The extension API inside worker.evaluate (runs in the service worker, not in Node). */
declare const chrome: any;

export const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
export const BRAND_REGISTRY = 'https://brandregistry.amazon.com';
export const WEBMAIL = 'https://mail.google.com';
export const RDAP_UK = 'https://rdap.nominet.uk';
export const RETAIL = 'https://www.amazon.com';
export const PRODUCT_PATH = '/Lumora-Ceramic-Pour-Over-Coffee/dp/B0CLMR7X2Q';
export const OFFERS_PATH = '/gp/aod/ajax';
export const FOLLOW_SELLER_FLAG = 'follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77';
export const EDITOR_PATH = '/abis/listing/edit/product_details';
export const COMPLAINANT = 'lumora-official.co.uk';
export const COMPLAINANT_FLAG = `suspicious-complainant:${COMPLAINANT}`;

/**
 * The demo's Seller Central, Brand Registry, webmail, RDAP registry and Amazon's US shop: fixture pages served at
 * the real addresses (scripts/chromium.ts), so the extension reads them as it reads the real
 * sites. The notifications page shows one message at a time, as Seller Central does; the tour
 * swaps it between visits.
 */
export function demoSites(): Sites {
  return {
    [SELLER_CENTRAL]: {
      '/performance/dashboard': 'pages/account-health-dashboard.html',
      '/performance/account/health/product-policies': 'demo/product-policies-campaign.html',
      '/performance/notifications': 'demo/notification-first-takedown.html',
      [EDITOR_PATH]: 'pages/listing-editor-shadow.html',
    },
    [BRAND_REGISTRY]: { '/brands': 'pages/brand-registry.html' },
    [WEBMAIL]: { '/mail/u/0/': 'demo/webmail-phishing.html' },
    [RDAP_UK]: { [`/uk/domain/${COMPLAINANT}`]: 'rdap/lumora-official-co-uk.json' },
    [RETAIL]: { [PRODUCT_PATH]: 'retail/us-product-hijacked.html', [OFFERS_PATH]: 'retail/us-aod-offers.html' },
  };
}

export interface TourStep {
  /** What the seller does, as the demo prints it. */
  title: string;
  run: (tour: Tour) => Promise<void>;
}

export interface Tour {
  session: ExtensionBrowser;
  sites: Sites;
  /** An extension page kept open to read the database. */
  probe: Page;
}

/**
 * Chromium with the e2e build on the demo's sites, and a probe page to read the database: what
 * `npm start` and the demo's e2e test both start from. The e2e build, because a real toolbar
 * click grants `activeTab` for one-click capture and Playwright cannot click the toolbar; that
 * build holds the host access the click would give.
 */
export async function startTour(options: { headless?: boolean } = {}): Promise<Tour> {
  const sites = demoSites();
  const session = await launchWithExtension(E2E_BUILD, sites, options);
  const probe = await session.context.newPage();
  await probe.goto(session.url('popup.html'));
  return { session, sites, probe };
}

/** The popup at its real size in Chrome's toolbar (its width is set by its own CSS; 600 px is Chrome's height limit). */
export async function openPopup(tour: Tour, path = 'popup.html'): Promise<Page> {
  const popup = await tour.session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(tour.session.url(path));
  return popup;
}

/** Opens a page as the seller would and waits until Brand Sentry has stored what it read there. */
async function browse(tour: Tour, url: string, fixture?: string): Promise<void> {
  const { origin, pathname } = new URL(url);
  if (fixture) tour.sites[origin]![pathname] = fixture;
  const before = (await storedRows(tour.probe, 'captures')).length;
  const tab = await tour.session.context.newPage();
  await tab.goto(url);
  await waitFor(async () => {
    const captures = await storedRows(tour.probe, 'captures');
    return captures.length > before && captures.every((capture) => capture.status !== 'pending');
  }, `Brand Sentry's capture of ${url}`);
  await tab.close();
}

/** Opens a page of Amazon's shop and waits until Brand Sentry has stored the offers it read there. */
async function browseShop(tour: Tour, url: string): Promise<void> {
  const before = (await storedRows(tour.probe, 'offerSnapshots')).length;
  const tab = await tour.session.context.newPage();
  await tab.goto(url);
  await waitFor(async () => (await storedRows(tour.probe, 'offerSnapshots')).length > before, `Brand Sentry's read of the offers on ${url}`);
  await tab.close();
}

/**
 * The whole story, in the order a seller lives it: Brand Registry (where Brand Sentry learns
 * the brand), the brand entered with one click, Account Health during a complaint campaign, the
 * Performance Notifications of two takedowns by a complainant named after the brand, the
 * listing editor with the brand taken over, a follow-seller on the product page (Amazon's shop
 * read once the seller allows it), the retraction, a phishing mail captured with one
 * click, and the complainant's domain age checked.
 */
export const TOUR: readonly TourStep[] = [
  {
    title: 'Brand Registry: the brands you own',
    run: (tour) => browse(tour, `${BRAND_REGISTRY}/brands`),
  },
  {
    title: 'Popup: "Which brand is yours?" answered with one click; settings: trademark, domain, first sale, your seller ID and your reseller',
    run: async (tour) => {
      const popup = await openPopup(tour);
      await popup.getByRole('button', { name: 'Protect Lumora', exact: true }).click();
      await waitFor(async () => (await storedRows(tour.probe, 'profile')).length > 0, 'the brand profile');
      await popup.close();
      const settings = await tour.session.context.newPage();
      await settings.goto(tour.session.url('options.html'));
      await settings.getByLabel('Your official domains', { exact: true }).fill('lumora.com');
      await settings.getByLabel(/Your trademarks/).fill('USPTO 6123456');
      await settings.getByLabel(/Marketplaces/).fill('US');
      await settings.getByLabel('First sale on Amazon').fill('2024-03-01');
      await settings.getByLabel(/Authorized resellers/).fill('A7TRUSTEDRESELL');
      await settings.getByLabel(/Your seller IDs/).fill('A2LUMORA0DIRECT');
      await settings.getByRole('button', { name: 'Save brands' }).click();
      await settings.getByRole('status').getByText('Saved.').waitFor();
      await settings.close();
    },
  },
  {
    title: 'Account Health: complaints received, listings removed',
    run: async (tour) => {
      await browse(tour, `${SELLER_CENTRAL}/performance/dashboard`);
      await browse(tour, `${SELLER_CENTRAL}/performance/account/health/product-policies`);
    },
  },
  {
    title: 'Performance Notifications: two takedowns by lumora-official.co.uk citing a UK mark',
    run: async (tour) => {
      await browse(tour, `${SELLER_CENTRAL}/performance/notifications`, 'demo/notification-first-takedown.html');
      await browse(tour, `${SELLER_CENTRAL}/performance/notifications`, 'pages/performance-notification-message.html');
    },
  },
  {
    title: 'Listing editor: the brand field belongs to someone else (error 8541)',
    run: (tour) => browse(tour, `${SELLER_CENTRAL}${EDITOR_PATH}?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN`),
  },
  {
    title: "Amazon's product page: a follow-seller holds the featured offer on your listing, under your price",
    run: async (tour) => {
      // Amazon's shop is read only where the seller allowed it: the settings button asks the
      // browser for that one marketplace, in the click, as the seller would.
      const settings = await tour.session.context.newPage();
      await settings.goto(tour.session.url('options.html'));
      await settings.getByRole('button', { name: 'Watch offers on my listings in US' }).click();
      await settings.getByText('Watching US').waitFor();
      await settings.close();
      await browseShop(tour, `${RETAIL}${PRODUCT_PATH}`);
      await browseShop(tour, `${RETAIL}${OFFERS_PATH}?asin=B0CLMR7X2Q&pc=dp`);
      await waitFor(async () => (await storedRows(tour.probe, 'flags')).some((flag) => flag.key === FOLLOW_SELLER_FLAG), 'the follow-seller flag');
    },
  },
  {
    title: 'Performance Notifications: the complaint is retracted, the listing reinstated',
    run: (tour) => browse(tour, `${SELLER_CENTRAL}/performance/notifications`, 'pages/performance-notification-retraction.html'),
  },
  {
    title: 'Webmail: a fake "Amazon" e-mail, captured with one click',
    run: async (tour) => {
      const mail = await tour.session.context.newPage();
      await mail.goto(`${WEBMAIL}/mail/u/0/`);
      const tabId = await tour.session.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]!.id!);
      // Playwright cannot click the toolbar button: the popup opens in its own window, aimed at the mail tab.
      const opened = tour.session.context.waitForEvent('page');
      await tour.session.worker.evaluate(async (url) => {
        await chrome.windows.create({ url, type: 'popup', width: 400, height: 600 });
      }, tour.session.url(`popup.html?tabId=${tabId}`));
      const popup = await opened;
      await popup.waitForLoadState();
      await popup.getByRole('button', { name: 'Capture this page' }).click();
      await popup.getByRole('status').waitFor();
      await waitFor(async () => (await storedRows(tour.probe, 'flags')).some((flag) => flag.kind === 'spoofed-notice'), 'the fake-notice flag');
      await popup.close();
      await mail.close();
    },
  },
  {
    title: "Flag page: the complainant's domain age, checked with one click",
    run: async (tour) => {
      const page = await tour.session.context.newPage();
      await page.goto(tour.session.url(`dashboard.html#/flag/${encodeURIComponent(COMPLAINANT_FLAG)}?focus=domain-age`));
      await page.getByRole('button', { name: 'Check domain age' }).click();
      await page.locator('.domain-age-known').waitFor();
      await page.close();
    },
  },
];

export async function runTour(tour: Tour, hooks: { before?: (index: number, step: TourStep) => void; after?: (index: number, step: TourStep) => Promise<void> } = {}): Promise<void> {
  for (const [index, step] of TOUR.entries()) {
    hooks.before?.(index, step);
    await step.run(tour);
    await hooks.after?.(index, step);
  }
}
