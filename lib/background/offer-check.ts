import type { BrandSentryDb } from '../db';
import { isoDay } from '../dates';
import { RETAIL_HOSTS } from '../hosts';
import { MAX_TEXT_CHARS } from '../model/limits';
import { offerListingKey } from '../model/offer';
import { PageRead } from '../model/page-read';
import { OFFER_CHECK_DAILY_CAP, OFFER_CHECK_KEY, type OfferCheckStatus } from '../offers/check-status';
import { offersFromRead, retailPageState } from '../offers/from-read';
import { ingest } from './ingest';

/** One request every few seconds: a seller browsing, not a crawler. */
export const OFFER_CHECK_DELAY_MS = 5_000;
/** Pages of one offer list at most (ten offers a page). */
const MAX_PAGES = 5;

export interface OfferCheckDeps {
  db: BrandSentryDb;
  now: () => number;
  /** The marketplaces whose retail host the seller allowed. */
  granted: () => Promise<string[]>;
  /** GET a page of Amazon's retail site (the final URL after redirects, the status and the HTML). */
  fetchPage: (url: string) => Promise<{ url: string; status: number; html: string }>;
  /** HTML -> the retail reader's PageRead (offscreen document in Chrome, the background page in Firefox). */
  readPage: (html: string, url: string) => Promise<unknown>;
  wait: (ms: number) => Promise<void>;
  afterWrite: () => Promise<void>;
  delayMs?: number;
}

/** The URL of one page of a listing's offer list: the fragment the product page's "Other sellers" panel loads. */
export function offerListUrl(asin: string, marketplace: string, page = 1): string {
  return `https://${RETAIL_HOSTS[marketplace]}/gp/aod/ajax?asin=${asin}&pc=dp${page > 1 ? `&pageno=${page}` : ''}`;
}

/**
 * "Check offers now" (and the daily check): for each of the seller's listings in an allowed
 * marketplace (ASINs seen in their inventory or listing editor, or on their own product pages),
 * fetch its offer list, one request every few seconds, read it, and store it as browsing would.
 * A robot check or a sign-in page stops the run at once and says so; so does the daily cap.
 */
export async function checkOffers(deps: OfferCheckDeps): Promise<OfferCheckStatus> {
  const startedAt = deps.now();
  const listings = await listingsToCheck(deps.db, await deps.granted());
  const status: OfferCheckStatus = { startedAt, finishedAt: null, checked: 0, total: listings.length, stopped: null, error: null };
  const save = () => deps.db.settings.put({ key: OFFER_CHECK_KEY, value: JSON.stringify(status) });
  const countKey = `offerChecks:${isoDay(startedAt)}`;
  let today = Number((await deps.db.settings.get(countKey))?.value ?? 0) || 0;
  if (listings.length === 0) status.stopped = 'no-listings';
  await save();
  try {
    for (const [index, { asin, marketplace }] of listings.entries()) {
      if (status.stopped) break;
      if (today >= OFFER_CHECK_DAILY_CAP) {
        status.stopped = 'daily-cap';
        break;
      }
      if (index > 0) await deps.wait(deps.delayMs ?? OFFER_CHECK_DELAY_MS);
      const outcome = await checkListing(deps, asin, marketplace);
      today += 1;
      await deps.db.settings.put({ key: countKey, value: String(today) });
      if (outcome.stopped) status.stopped = outcome.stopped;
      else status.checked += 1;
      await save();
    }
  } catch (error) {
    status.stopped = 'error';
    status.error = error instanceof Error ? error.message : String(error);
  }
  status.finishedAt = deps.now();
  await save();
  await deps.afterWrite();
  return status;
}

/** Every page of one listing's offer list as ONE read (one snapshot), unless Amazon answers with a robot check or sign-in. */
async function checkListing(deps: OfferCheckDeps, asin: string, marketplace: string): Promise<{ stopped: 'robot-check' | 'sign-in' | null }> {
  let merged: PageRead | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    if (page > 1) await deps.wait(deps.delayMs ?? OFFER_CHECK_DELAY_MS);
    const url = offerListUrl(asin, marketplace, page);
    const response = await deps.fetchPage(url);
    if (/\/ap\/signin/.test(response.url)) return { stopped: 'sign-in' };
    const read = PageRead.parse(await deps.readPage(response.html, url));
    const state = retailPageState(read);
    if (state) {
      // Kept as a capture (not recognised, with why) when it is one of the seller's listings; the run stops.
      await ingest(deps.db, { read, source: 'check', now: deps.now() });
      return { stopped: state };
    }
    merged = merged ? mergeReads(merged, read) : read;
    const observation = offersFromRead(merged);
    const wanted = observation?.declaredCount ?? 0;
    const offersOnPage = read.rows.filter((row) => row.kind === 'retail-offer').length;
    if (!observation || observation.complete || offersOnPage === 0 || merged.rows.filter((row) => row.kind === 'retail-offer').length >= wanted) break;
  }
  if (merged) await ingest(deps.db, { read: merged, source: 'check', now: deps.now() });
  return { stopped: null };
}

/** A further page's offers appended to the first page's read (its listing row and URL stay). */
function mergeReads(first: PageRead, next: PageRead): PageRead {
  return {
    ...first,
    text: `${first.text}\n${next.text}`.slice(0, MAX_TEXT_CHARS),
    rows: [...first.rows, ...next.rows.filter((row) => row.kind === 'retail-offer')],
  };
}

/** The seller's listings in the allowed marketplaces: from their inventory and listing editor, and those read before. */
export async function listingsToCheck(db: BrandSentryDb, marketplaces: readonly string[]): Promise<Array<{ asin: string; marketplace: string }>> {
  if (marketplaces.length === 0) return [];
  const allowed = new Set(marketplaces);
  const [states, sellers] = await Promise.all([db.listingStates.toArray(), db.offerSnapshots.orderBy('listingKey').uniqueKeys()]);
  const found = new Map<string, { asin: string; marketplace: string }>();
  for (const state of states) {
    if (state.asin && state.marketplace && allowed.has(state.marketplace)) found.set(offerListingKey(state.asin, state.marketplace), { asin: state.asin, marketplace: state.marketplace });
  }
  for (const key of sellers.map(String)) {
    const [asin, marketplace] = key.split('@');
    if (asin && marketplace && allowed.has(marketplace)) found.set(key, { asin, marketplace });
  }
  return [...found.values()].sort((a, b) => (a.marketplace + a.asin < b.marketplace + b.asin ? -1 : 1));
}
