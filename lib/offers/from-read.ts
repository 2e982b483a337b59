import { retailMarketplace } from '../hosts';
import type { Offer, OfferObservation } from '../model/offer';
import { SELLER_ID } from '../model/offer';
import type { PageRead } from '../model/page-read';
import { FULFILLED_BY_AMAZON, SOLD_BY_LABELS } from './labels';
import { parsePrice } from './price';

export const RETAIL_KINDS: ReadonlySet<string> = new Set(['retail-product', 'retail-offers']);

/** Why a retail read gave no offers, when the page itself says why (for the run's stop and the capture's reason). */
export type RetailPageState = 'robot-check' | 'sign-in' | null;

export function retailPageState(read: Pick<PageRead, 'rows'>): RetailPageState {
  const state = read.rows.find((row) => row.kind === 'retail-listing')?.cells.pageState;
  return state === 'robot-check' || state === 'sign-in' ? state : null;
}

/**
 * A retail page read -> one listing's offers. Pure. Only a page read on Amazon's own retail
 * host of its marketplace gives offers: the host is structure a page cannot write.
 */
export function offersFromRead(read: PageRead): OfferObservation | null {
  if (!RETAIL_KINDS.has(read.pageKind)) return null;
  let host: string;
  try {
    host = new URL(read.url).hostname;
  } catch {
    return null;
  }
  const marketplace = retailMarketplace(host);
  const listing = read.rows.find((row) => row.kind === 'retail-listing')?.cells;
  const asin = listing?.asin;
  if (!marketplace || !listing || !asin || !/^[A-Z0-9]{10}$/.test(asin)) return null;
  const shown = read.rows.filter((row) => row.kind === 'retail-offer').map((row) => offerFrom(row.cells, marketplace));
  const offers = dedupe(shown);
  const declared = listing.declaredCount ? Number(/\d+/.exec(listing.declaredCount)?.[0] ?? NaN) : NaN;
  const declaredCount = Number.isFinite(declared) ? declared : null;
  return {
    asin,
    marketplace,
    title: listing.title || null,
    byline: listing.byline || null,
    // The whole list was read: an offer list whose own count was reached (or that states none and
    // has no further page). A product page without the open panel shows the featured offer only.
    complete: shown.length > 0 && !listing.morePages && (declaredCount !== null ? shown.length >= declaredCount : listing.offerList === 'yes'),
    declaredCount,
    offers,
  };
}

function offerFrom(cells: Record<string, string>, marketplace: string): Offer {
  const { price, currency } = parsePrice(cells.price ?? '', marketplace);
  const shipsFrom = cells.shipsFrom ? stripLabel(cells.shipsFrom, SHIPS_FROM_LABELS) : null;
  const soldBy = (cells.soldBy ?? '').toLowerCase();
  return {
    sellerId: cells.sellerId && SELLER_ID.test(cells.sellerId) ? cells.sellerId : null,
    sellerName: (cells.sellerName || (cells.soldBy ? stripLabel(cells.soldBy, SOLD_BY_LABELS) : '')).slice(0, 200) || null,
    price: cells.price ? price : null,
    currency: cells.price ? currency : null,
    featured: cells.featured === 'yes',
    fulfilledByAmazon: fulfilledByAmazon(shipsFrom, soldBy),
    shipsFrom: shipsFrom?.slice(0, 200) || null,
    condition: cells.condition?.slice(0, 100) || null,
  };
}

/** Ships from Amazon ("Amazon", "Amazon.com"), or a line saying Amazon fulfils it; null when the page says neither. */
function fulfilledByAmazon(shipsFrom: string | null, soldBy: string): boolean | null {
  const says = (text: string) => FULFILLED_BY_AMAZON.some((words) => text.includes(words));
  if (shipsFrom) return /^amazon\b/i.test(shipsFrom) || says(shipsFrom.toLowerCase());
  return says(soldBy) ? true : null;
}

const SHIPS_FROM_LABELS: readonly string[] = ['ships from', 'dispatches from', 'versand', 'enviado desde', 'envío desde', 'expédié par', 'expéditeur', 'spedito da', 'speditore', '出荷元', 'verzonden vanuit', 'wysyłka z', 'skickas från', 'gönderici'];

/** The text after a leading label ("Sold by Lumora Direct" -> "Lumora Direct"), or the text itself. */
function stripLabel(text: string, labels: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const label of labels) {
    if (lower.startsWith(label)) return text.slice(label.length).replace(/^[\s:：]+/, '').trim();
  }
  return text.trim();
}

/** One offer per seller (the pinned offer repeats in some lists); offers without a seller ID are all kept. */
function dedupe(offers: Offer[]): Offer[] {
  const seen = new Map<string, Offer>();
  const kept: Offer[] = [];
  for (const offer of offers) {
    if (!offer.sellerId) {
      kept.push(offer);
      continue;
    }
    const before = seen.get(offer.sellerId);
    if (before) {
      before.featured ||= offer.featured;
      continue;
    }
    seen.set(offer.sellerId, offer);
    kept.push(offer);
  }
  return kept;
}
