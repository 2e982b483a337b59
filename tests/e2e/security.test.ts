import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, storedCaptures, waitFor, type Session } from './harness';

/** The extension API inside worker.evaluate (runs in the service worker, not in Node). */
declare const chrome: any;

const SELLER_CENTRAL = 'https://sellercentral.amazon.com';
const HOSTILE = 'https://hostile.example';
const ASIN = 'B0XSS00001';

/** Payloads as a hostile page, e-mail or complainant would write them. Each would show itself if it ever ran. */
const PAYLOADS = [
  `<img src=x onerror=alert('xss-img')>`,
  `<script>alert('xss-script')</script>`,
  `<svg onload=alert('xss-svg')>`,
  `javascript:alert('xss-link')`,
  `"><iframe src=javascript:alert('xss-iframe')>`,
];
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A Performance Notification whose words carry the payloads (as text, as Katal attributes) and whose markup carries live ones. */
const HOSTILE_NOTICE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${escapeHtml(PAYLOADS[1]!)} Notifications</title>
<script>alert('live-script-in-seller-central')</script></head><body>
<img src="x" onerror="alert('live-img')"><svg onload="alert('live-svg')"></svg>
<a href="javascript:alert('live-link')">Open Seller Central</a>
<kat-alert header="${escapeHtml(PAYLOADS[0]!)}" description="${escapeHtml(PAYLOADS[2]!)}"></kat-alert>
<div class="message"><p>Hello,</p><p>We removed some of your listings because a rights owner reported that they may infringe the rights owner's trademark.</p>
<p>These are the rights owner's contact details:<br>-- ${escapeHtml(PAYLOADS[0]!)} Holdings Ltd<br>-- ipteam.xss@gmail.com</p>
<p>ASIN: ${ASIN}<br>Title: ${escapeHtml(PAYLOADS[2]!)} Kettle<br>Infringement type: Trademark<br>Complaint ID: 9988776655</p>
<p>${PAYLOADS.map(escapeHtml).join('<br>')}</p><p>Seller Performance Team</p></div></body></html>`;

/** Any web page, captured with one click: a title and body made of payloads. */
const HOSTILE_PAGE = `<!doctype html><html><head><title>${escapeHtml(PAYLOADS[0]!)} ${escapeHtml(PAYLOADS[1]!)}</title></head>
<body><p>${PAYLOADS.map(escapeHtml).join('</p><p>')}</p><img src="x" onerror="alert('live-img-hostile')"></body></html>`;

/** What must never exist in an extension page after it showed captured data. */
const INJECTED = 'img[src="x"], [onerror], [onload], [onclick], svg[onload], iframe, object, embed, a[href^="javascript:" i], script:not([src])';

interface Watched {
  page: Page;
  dialogs: string[];
}

async function watch(session: Session, url: string): Promise<Watched> {
  const page = await session.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, dialogs };
}

async function expectInert({ page, dialogs }: Watched, literal: string): Promise<void> {
  await page.getByText(literal, { exact: false }).first().waitFor({ state: 'attached' });
  await page.waitForTimeout(500); // an onerror fires after the image fails to load
  expect(dialogs).toEqual([]);
  expect(await page.locator(INJECTED).count()).toBe(0);
  expect(await page.evaluate(() => document.body.textContent ?? '')).toContain(literal);
}

describe('captured hostile content stays inert; requests stay home', () => {
  let session: Session;
  const extensionRequests: string[] = [];
  const workerRequests: string[] = [];

  beforeAll(async () => {
    session = await launch({});
    session.context.on('request', (request: Request) => {
      if (!/^https?:/.test(request.url())) return;
      if (request.serviceWorker()) {
        workerRequests.push(request.url());
        return;
      }
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        // No frame: a worker's request; counted above when Playwright knows its worker.
      }
      if (frameUrl.startsWith('chrome-extension://')) extensionRequests.push(request.url());
    });
    await session.context.route(`${SELLER_CENTRAL}/**`, (route) =>
      new URL(route.request().url()).pathname === '/performance/notifications'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOSTILE_NOTICE })
        : route.fulfill({ status: 404, body: 'not a fixture' }),
    );
    await session.context.route(`${HOSTILE}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOSTILE_PAGE }));
  });
  afterAll(async () => session?.close());

  it('the service worker\'s own requests are seen by the request log (so the host check below means something)', async () => {
    await session.worker.evaluate(async (url) => {
      await fetch(url).catch(() => undefined);
    }, `${SELLER_CENTRAL}/probe-from-worker`);
    // context.on('request') reports the service worker's fetches, marked by request.serviceWorker() (verified: Playwright 1.65, Chromium 156).
    await waitFor(async () => workerRequests.includes(`${SELLER_CENTRAL}/probe-from-worker`), 'the worker probe in the request log', 5_000);
    expect(session.requests).toContain(`${SELLER_CENTRAL}/probe-from-worker`);
    session.requests.splice(session.requests.indexOf(`${SELLER_CENTRAL}/probe-from-worker`), 1);
    workerRequests.length = 0;
  });

  it('stores a hostile Seller Central notice and a hostile page captured with one click', async () => {
    const notice = await session.context.newPage();
    notice.on('dialog', (dialog) => void dialog.dismiss()); // the page's own live payloads run in Seller Central's page, not ours
    await notice.goto(`${SELLER_CENTRAL}/performance/notifications?message=xss`);
    const viewer = await session.context.newPage();
    await viewer.goto(extensionUrl(session, 'popup.html'));
    await waitFor(async () => (await storedCaptures(viewer)).some((c) => c.pageKind === 'performance-notifications' && c.status !== 'pending'), 'the hostile notice capture');

    const hostile = await session.context.newPage();
    hostile.on('dialog', (dialog) => void dialog.dismiss());
    await hostile.goto(`${HOSTILE}/`);
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://hostile.example/*' }))[0].id as number);
    const clicker = await watch(session, extensionUrl(session, `popup.html?tabId=${tabId}`));
    await clicker.page.getByRole('button', { name: 'Capture this page' }).click();
    await clicker.page.getByRole('status').waitFor();
    await waitFor(async () => (await storedCaptures(viewer)).some((c) => c.url.startsWith(HOSTILE)), 'the one-click capture');
    expect(clicker.dialogs).toEqual([]);

    const captures = await storedCaptures(viewer);
    const stored = captures.find((c) => c.pageKind === 'performance-notifications')!;
    expect(stored.read.text).toContain(PAYLOADS[0]);
    expect(stored.read.text).not.toContain('live-script-in-seller-central');
    expect(stored.read.links.map((link: { href: string }) => link.href).filter((href: string) => /^javascript:/i.test(href))).toEqual([]);
  });

  it('the popup shows the payloads as text and runs none of them', async () => {
    const popup = await watch(session, extensionUrl(session, 'popup.html'));
    // The one-click capture is an unknown page: the popup lists it by its (hostile) title.
    await expectInert(popup, `${PAYLOADS[0]} ${PAYLOADS[1]}`);
  });

  it('the dashboard shows the payloads as text and runs none of them', async () => {
    const unrecognised = await watch(session, extensionUrl(session, 'dashboard.html#/unrecognised'));
    await expectInert(unrecognised, `${PAYLOADS[0]} ${PAYLOADS[1]}`);
    const flag = await watch(session, extensionUrl(session, `dashboard.html#/flag/${encodeURIComponent(`listing-takedown:${ASIN}@US`)}`));
    await expectInert(flag, `${PAYLOADS[2]} Kettle`);
    const timeline = await watch(session, extensionUrl(session, 'dashboard.html#/timeline'));
    await timeline.page.waitForTimeout(1_000);
    expect(timeline.dialogs).toEqual([]);
    expect(await timeline.page.locator(INJECTED).count()).toBe(0);
  });

  it('makes no request of its own except to Seller Central', async () => {
    const hosts = new Set([...extensionRequests, ...workerRequests].map((url) => new URL(url).host));
    for (const host of hosts) expect(host).toMatch(/^(sellercentral(-europe|-japan)?\.amazon\.[a-z.]+|brandregistry\.amazon\.com)$/);
    // And the whole browser: only the pages this test opened itself.
    expect(new Set(session.requests.map((url) => new URL(url).host))).toEqual(new Set(['sellercentral.amazon.com', 'hostile.example']));
  });
});
