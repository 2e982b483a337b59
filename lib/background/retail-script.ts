import { browser } from 'wxt/browser';
import { CONTENT_CORE_FILE } from '../content/core-file';
import type { BrandSentryDb } from '../db';
import { RETAIL_HOSTS, retailMatchPattern } from '../hosts';
import { WATCHED_MARKETPLACES_KEY } from '../offers/check-status';
import { parseStringList } from '../string-list';

/** The retail content script's id and file (entrypoints/retail.content, built by WXT). */
const SCRIPT_ID = 'brand-sentry-retail';
const SCRIPT_FILE = 'content-scripts/retail.js';

/**
 * The marketplaces Brand Sentry reads offers in: those the seller chose to watch AND whose retail
 * host the browser granted (an optional permission, asked for in the seller's click). Both: a
 * host granted some other way (a test build's broad access) is not a choice to watch it.
 */
export async function watchedMarketplaces(db: BrandSentryDb): Promise<string[]> {
  const chosen = parseStringList((await db.settings.get(WATCHED_MARKETPLACES_KEY))?.value).filter((code) => RETAIL_HOSTS[code]);
  const allowed = await Promise.all(chosen.map((code) => browser.permissions.contains({ origins: [retailMatchPattern(code)!] })));
  return chosen.filter((_, index) => allowed[index]);
}

/** The seller starts or stops watching a marketplace; starting needs the host granted first. */
export async function setWatched(db: BrandSentryDb, marketplace: string, on: boolean): Promise<void> {
  const pattern = retailMatchPattern(marketplace);
  if (!pattern) return;
  const chosen = new Set(parseStringList((await db.settings.get(WATCHED_MARKETPLACES_KEY))?.value));
  if (on && (await browser.permissions.contains({ origins: [pattern] }))) chosen.add(marketplace);
  if (!on) chosen.delete(marketplace);
  await db.settings.put({ key: WATCHED_MARKETPLACES_KEY, value: JSON.stringify([...chosen].sort()) });
}

/**
 * Keeps the retail content script registered for exactly the watched marketplaces: called at
 * start-up, when the seller changes them, and when permissions change. None watched, no script:
 * nothing runs on Amazon's shop until the seller allows a marketplace.
 */
export async function syncRetailScript(db: BrandSentryDb): Promise<string[]> {
  const watched = await watchedMarketplaces(db);
  const matches = watched.map((code) => retailMatchPattern(code)!);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, js: [CONTENT_CORE_FILE, SCRIPT_FILE], matches, runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return watched;
}
