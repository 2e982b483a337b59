import { browser } from 'wxt/browser';
import type { BrandSentryDb } from '../db';
import { readFetchedPage } from '../offers/parse-page';
import type { OfferCheckStatus } from '../offers/check-status';
import { checkOffers } from './offer-check';
import { watchedMarketplaces } from './retail-script';

/** The daily check's alarm (off until the seller turns it on in settings). */
export const DAILY_CHECK_ALARM = 'brand-sentry-offer-check';
const OFFSCREEN_PAGE = '/offscreen.html';

/**
 * Runs the offer check with the browser's own pieces: fetch for the pages, and a DOM to read
 * them in: the background page's own in Firefox, the offscreen document in Chrome (its service
 * worker has none). One run at a time; a second request while one runs joins it.
 */
export function offerRunner(db: BrandSentryDb, now: () => number, afterWrite: () => Promise<void>): () => Promise<OfferCheckStatus> {
  let running: Promise<OfferCheckStatus> | null = null;
  return () => {
    running ??= checkOffers({
      db,
      now,
      afterWrite,
      granted: () => watchedMarketplaces(db),
      fetchPage: async (url) => {
        const response = await fetch(url, { credentials: 'include', redirect: 'follow' });
        return { url: response.url, status: response.status, html: await response.text() };
      },
      readPage,
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    }).finally(() => {
      running = null;
      void closeOffscreen();
    });
    return running;
  };
}

async function readPage(html: string, url: string): Promise<unknown> {
  if (typeof DOMParser !== 'undefined') return readFetchedPage(html, url);
  const offscreen = browser.offscreen;
  if (!(await offscreen.hasDocument())) {
    await offscreen.createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Read the offer lists of your own listings that "Check offers now" fetched.' });
  }
  const reply = (await browser.runtime.sendMessage({ type: 'BGtoOS.readOfferPage', html, url })) as { ok: boolean; read?: unknown; error?: string } | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? 'The offer reader did not answer.');
  return reply.read;
}

async function closeOffscreen(): Promise<void> {
  if (typeof DOMParser !== 'undefined' || !browser.offscreen) return;
  if (await browser.offscreen.hasDocument()) await browser.offscreen.closeDocument();
}

/** Turns the daily check on or off (an alarm once a day; off by default). */
export async function scheduleDailyCheck(on: boolean): Promise<void> {
  if (on) await browser.alarms.create(DAILY_CHECK_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
  else await browser.alarms.clear(DAILY_CHECK_ALARM);
}
