import type { DrawText } from './draw';
import type { FollowSellerListing, FollowSellerRow } from './follow-sellers';
import { type Drawing, type SvgNode, textWidth } from './svg';

const WIDTH = 720;
/** Seller names and when they appeared, left of the price scale. */
const NAME_COLUMN = 230;
/** Each seller's price and how far under yours, right of the price scale. */
const LABEL_COLUMN = 170;
const PLOT_LEFT = NAME_COLUMN + 16;
const PLOT_RIGHT = WIDTH - LABEL_COLUMN - 8;
const HEADER = 34;
const ROW = 44;
const FOOTER = 8;

/** Colours with at least 3:1 contrast on white; the label beside each dot says the same in words. */
const FAR_UNDER = '#b42318';
const UNDER = '#c25e00';
const NOT_UNDER = '#5b616b';
const YOURS = '#0b5cad';
/** As the follow-seller rule: at least 15% under your price is a flag reason of its own. */
const FAR_UNDER_PERCENT = 15;

/** A white outline under a label, so the bar it sits on does not cut through the letters. */
const HALO = { stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } as const;

/** The step the scale's ends are rounded to: 1, 2 or 5 times a power of ten, about a tenth of the range. */
function roundUnit(range: number): number {
  if (!(range > 0)) return 1;
  const rough = range / 10;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}

const iso = (timestamp: number) => new Date(timestamp).toISOString().slice(0, 10);
const round = (value: number) => Math.round(value * 10) / 10;

/** A price as the flags write it: "19.99 USD", a whole price without decimals. */
export function money(price: number, currency: string | null): string {
  return `${price.toFixed(Number.isInteger(price) ? 0 : 2)}${currency ? ` ${currency}` : ''}`;
}

/** A seller as the flags name them: "QuickDeals Store (A1QUICKDEALS77)". */
export const sellerLabel = (row: Pick<FollowSellerRow, 'sellerName' | 'sellerId'>): string => (row.sellerName ? `${row.sellerName} (${row.sellerId})` : row.sellerId);

/** "26% under yours" / "5% over yours" / "your price", in the reader's language. */
export function priceAgainstYours(row: Pick<FollowSellerRow, 'percentUnder'>, text: DrawText): string | null {
  if (row.percentUnder === null) return null;
  if (row.percentUnder > 0) return text.t('followUnder', { percent: text.count(row.percentUnder) });
  if (row.percentUnder < 0) return text.t('followOver', { percent: text.count(-row.percentUnder) });
  return text.t('followSamePrice');
}

/**
 * One listing's follow-sellers: a row per seller, in the order they appeared (the day on the
 * left), a dot at their price on one price scale with your price as a line across every row, and
 * a bar from your price to theirs, red when it is 15% or more under yours. Every seller's group
 * carries its seller ID, first-seen day, price, your price and featured offer as data attributes.
 */
export function drawFollowSellers(listing: FollowSellerListing, text: DrawText): Drawing {
  const { t } = text;
  const currency = listing.currency;
  const prices = [...listing.sellers.map((row) => row.price), ...listing.sellers.map((row) => row.yourPrice), listing.yourPrice].filter((p): p is number => p !== null);
  const low = prices.length ? Math.min(...prices) : 0;
  const high = prices.length ? Math.max(...prices) : 0;
  // A little room each side, so the cheapest and dearest dots do not sit on the edge (one price
  // alone sits in the middle), and ends on round prices.
  const pad = high > low ? (high - low) * 0.12 : Math.max(1, high * 0.1);
  const unit = roundUnit(high - low + 2 * pad);
  const from = Math.max(0, Math.floor((low - pad) / unit) * unit);
  const to = Math.ceil((high + pad) / unit) * unit;
  const x = (price: number) => PLOT_LEFT + ((price - from) / (to - from)) * (PLOT_RIGHT - PLOT_LEFT);
  const height = HEADER + listing.sellers.length * ROW + FOOTER;
  const bottom = HEADER + listing.sellers.length * ROW;
  const nodes: SvgNode[] = [];

  // The price scale's baseline, and your price as a line across every row. Every dot and your
  // line say their price in words, so the scale's ends carry no numbers (one under your line read as yours).
  nodes.push({ tag: 'line', attrs: { x1: PLOT_LEFT, x2: PLOT_RIGHT, y1: bottom, y2: bottom, stroke: '#8d949e' } });
  if (listing.yourPrice !== null) {
    const yx = round(x(listing.yourPrice));
    const label = t('followYourPrice', { price: money(listing.yourPrice, currency) });
    nodes.push({
      tag: 'g',
      attrs: { class: 'your-price', 'data-price': listing.yourPrice },
      children: [
        { tag: 'line', attrs: { x1: yx, x2: yx, y1: HEADER - 8, y2: bottom, stroke: YOURS, 'stroke-width': 2, 'stroke-dasharray': '4 3' } },
        { tag: 'text', attrs: { x: round(Math.min(Math.max(yx, PLOT_LEFT + textWidth(label, 11) / 2), WIDTH - textWidth(label, 11) / 2)), y: HEADER - 14, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: YOURS }, text: label },
      ],
    });
  }

  listing.sellers.forEach((row, i) => {
    const top = HEADER + i * ROW;
    const mid = top + ROW / 2;
    const colour = row.percentUnder === null || row.percentUnder <= 0 ? NOT_UNDER : row.percentUnder >= FAR_UNDER_PERCENT ? FAR_UNDER : UNDER;
    const appeared = t('followAppeared', { day: text.day(row.firstSeenAt) });
    const children: SvgNode[] = [
      { tag: 'line', attrs: { x1: 0, x2: WIDTH, y1: top + ROW, y2: top + ROW, stroke: '#eceef1' } },
      { tag: 'text', attrs: { x: 0, y: mid - 3, 'font-size': 12, 'font-weight': 600, fill: '#1d1f23' }, text: fit(row.sellerName ?? row.sellerId, 12, NAME_COLUMN) },
      { tag: 'text', attrs: { x: 0, y: mid + 12, 'font-size': 11, fill: '#4a5058' }, text: fit(appeared, 11, NAME_COLUMN) },
    ];
    if (row.price !== null) {
      const px = round(x(row.price));
      if (row.yourPrice !== null) children.push({ tag: 'line', attrs: { class: 'gap', x1: round(x(row.yourPrice)), x2: px, y1: mid, y2: mid, stroke: colour, 'stroke-width': 4, 'stroke-opacity': 0.45 } });
      children.push({
        tag: 'circle',
        attrs: { class: 'price', cx: px, cy: mid, r: row.featured ? 8 : 6, fill: colour, stroke: row.featured ? '#1d1f23' : '#fff', 'stroke-width': 2 },
        title: [sellerLabel(row), money(row.price, row.currency), priceAgainstYours(row, text), row.featured ? t('followHoldsFeatured') : null].filter(Boolean).join(' · '),
      });
      if (row.featured) {
        const badge = t('followHoldsFeatured');
        const half = textWidth(badge, 10) / 2;
        children.push({ tag: 'text', attrs: { class: 'featured', x: round(Math.min(Math.max(px, PLOT_LEFT + half), PLOT_RIGHT - half)), y: mid - 11, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 700, fill: '#1d1f23', ...HALO }, text: badge });
      }
      children.push({ tag: 'text', attrs: { x: PLOT_RIGHT + 14, y: mid - 3, 'font-size': 12, 'font-weight': 700, fill: '#1d1f23' }, text: money(row.price, row.currency) });
      const against = priceAgainstYours(row, text);
      if (against) children.push({ tag: 'text', attrs: { x: PLOT_RIGHT + 14, y: mid + 12, 'font-size': 11, 'font-weight': 600, fill: colour === NOT_UNDER ? '#4a5058' : colour }, text: against });
    } else {
      children.push({ tag: 'text', attrs: { x: PLOT_RIGHT + 14, y: mid + 4, 'font-size': 11, fill: '#4a5058' }, text: t('followPriceUnknown') });
    }
    nodes.push({
      tag: 'g',
      attrs: {
        class: 'seller',
        'data-seller-id': row.sellerId,
        'data-first-seen': iso(row.firstSeenAt),
        'data-price': row.price ?? '',
        'data-your-price': row.yourPrice ?? '',
        'data-percent-under': row.percentUnder ?? '',
        'data-featured': String(row.featured),
      },
      children,
    });
  });

  return { width: WIDTH, height, summary: followSellersSummary(listing, text), nodes };
}

/** What the picture shows, in one or two sentences: how many, the cheapest against your price, who holds the featured offer. */
export function followSellersSummary(listing: FollowSellerListing, text: DrawText): string {
  const { t } = text;
  const parts = [t('followSummary', { asin: listing.asin, marketplace: listing.marketplace, count: text.count(listing.sellers.length) })];
  const priced = listing.sellers.filter((row) => row.price !== null);
  const cheapest = priced.reduce<FollowSellerRow | null>((best, row) => (best === null || row.price! < best.price! ? row : best), null);
  if (cheapest && cheapest.yourPrice !== null && cheapest.percentUnder !== null && cheapest.percentUnder > 0) {
    parts.push(t('followSummaryCheapest', { seller: sellerLabel(cheapest), price: money(cheapest.price!, cheapest.currency), percent: text.count(cheapest.percentUnder), yours: money(cheapest.yourPrice, cheapest.currency) }));
  }
  const featured = listing.sellers.find((row) => row.featured);
  if (featured) parts.push(t('followSummaryFeatured', { seller: sellerLabel(featured) }));
  // Chinese sentences follow each other without a space.
  return parts.join(' ').replace(/([。！？]) /g, '$1');
}

/** A label cut to the width it has, with an ellipsis (the table beside the picture has it whole). */
function fit(label: string, fontSize: number, width: number): string {
  if (textWidth(label, fontSize) <= width) return label;
  let cut = '';
  for (const char of label) {
    if (textWidth(`${cut}${char}…`, fontSize) > width) break;
    cut += char;
  }
  return `${cut}…`;
}
