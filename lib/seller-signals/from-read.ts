import type { PageRead, PageRow } from '../model/page-read';
import { FeaturedOfferObservation } from '../model/seller-signals';
import { parsePrice } from '../offers/price';
import { type ColumnKind, columnKind, normaliseLabel, signalLabels } from './labels';

/**
 * Featured-offer signals from the seller's own Seller Central pages (pure:
 * PageRead in, observations out). The page readers hand over each table cell under its column
 * header (`col:<header>`, lib/pages/table-columns.ts); the words that name the columns and the
 * alerts are data (./labels.ts). Every step is one pass over a bounded row.
 */

/** In an ASIN cell also a book's ISBN-10; in a row's running text only the B0 shape (a 10-digit number there is anything). */
const ASIN_CELL = /\b(B0[0-9A-Z]{8}|[0-9]{9}[0-9X])\b/;
const ASIN_TEXT = /\b(B0[0-9A-Z]{8})\b/;
/** Bounded: a row's text is capped by the reader (2 000 characters). */
const MAX_ROW_TEXT = 4_000;

/** Manage Inventory rows and Business Reports rows -> one observation per listing that shows a signal. */
export function featuredOffersFromRead(read: PageRead): FeaturedOfferObservation[] {
  const marketplace = read.marketplace;
  if (!marketplace) return [];
  const source = read.pageKind === 'inventory' ? 'inventory' : read.pageKind === 'business-reports' ? 'business-report' : null;
  if (!source) return [];
  const found = new Map<string, FeaturedOfferObservation>();
  for (const row of read.rows) {
    if (row.kind !== 'inventory' && row.kind !== 'report-row') continue;
    const observation = fromRow(row, marketplace, source);
    if (observation && !found.has(observation.asin)) found.set(observation.asin, observation);
  }
  return [...found.values()];
}

function fromRow(row: PageRow, marketplace: string, source: FeaturedOfferObservation['source']): FeaturedOfferObservation | null {
  const columns = new Map<ColumnKind, string>();
  for (const [key, value] of Object.entries(row.cells)) {
    if (!key.startsWith('col:')) continue;
    const kind = columnKind(key.slice(4));
    if (kind && !columns.has(kind)) columns.set(kind, value);
  }
  const text = (row.cells.text ?? Object.values(row.cells).join(' ')).slice(0, MAX_ROW_TEXT);
  // The ASIN column first: a report row also names its parent ASIN, which the row's first ASIN can be.
  const cell = columns.get('asin') ?? row.cells.asin;
  const asin = (cell ? ASIN_CELL.exec(cell) : ASIN_TEXT.exec(text))?.[1];
  if (!asin) return null;
  const your = columns.has('yourPrice') ? parsePrice(columns.get('yourPrice')!, marketplace) : { price: null, currency: null };
  const featured = columns.has('featuredPrice') ? parsePrice(columns.get('featuredPrice')!, marketplace) : { price: null, currency: null };
  const percentage = columns.has('percentage') ? percentOf(columns.get('percentage')!) : null;
  const alert = hasLostAlert(text);
  if (featured.price === null && percentage === null && !alert) return null;
  let lost: boolean | null = alert ? true : null;
  if (!alert && featured.price !== null && your.price !== null) lost = featured.price < your.price - 0.005 ? true : featured.price <= your.price + 0.005 ? false : null;
  return FeaturedOfferObservation.parse({
    asin,
    marketplace,
    sku: (row.cells.sku ?? columns.get('sku') ?? null)?.slice(0, 200) ?? null,
    source,
    yourPrice: your.price,
    featuredPrice: featured.price,
    currency: featured.currency ?? your.currency,
    lost: source === 'business-report' && percentage !== null ? percentage < 100 : lost,
    percentage,
  });
}

function hasLostAlert(text: string): boolean {
  const normal = normaliseLabel(text);
  return signalLabels().lost.some((label) => normal.includes(label));
}

/** "85.5%", "85,5 %", "100%": a share of page views, 0-100; anything else is no value. */
function percentOf(value: string): number | null {
  const match = /(\d{1,3})(?:[.,](\d{1,2}))?\s*[%％]/.exec(value);
  if (!match) return null;
  const number = Number(`${match[1]}.${match[2] ?? '0'}`);
  return number >= 0 && number <= 100 ? number : null;
}
