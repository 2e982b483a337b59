import type { PageRow } from '../../model/page-read';
import { all, firstAsin, row, textOf } from '../dom';
import { RETAIL } from '../retail-selectors';

/**
 * Readers shared by the two retail page kinds: the offers of an all-offers display (the panel on
 * a product page, or the fragment it loads) or of the legacy offer-listing page, and the page's
 * state (a robot check or a sign-in page is not the product). Plain DOM only: prices and labels
 * stay as the page words them; lib/offers turns them into numbers and booleans.
 */

/** The `seller=` (or `smid=`) of a link: how Amazon's pages name a merchant. Never throws. */
export function sellerIdOf(link: Element | null | undefined): string {
  const href = link?.getAttribute('href');
  if (!href) return '';
  try {
    const params = new URL(href, 'https://retail.invalid/').searchParams;
    return (params.get('seller') ?? params.get('smid') ?? '').trim();
  } catch {
    return '';
  }
}

const valueOf = (element: Element | null | undefined): string => element?.getAttribute('value')?.trim() ?? '';

/** One offer element of the all-offers display (`#aod-pinned-offer` or an `#aod-offer`). */
function aodOffer(offer: Element, featured: boolean): PageRow | null {
  const soldBy = offer.querySelector(RETAIL.aodSoldBy);
  const link = soldBy?.querySelector('a[href*="seller="], a[href*="smid="]');
  const shipsFrom = offer.querySelector(RETAIL.aodShipsFrom);
  return row(
    'retail-offer',
    {
      sellerId: sellerIdOf(link) || valueOf(offer.querySelector('input[name="merchantID"]')),
      // The link's text is the name; without a link (Amazon itself) the section's value line is.
      sellerName: textOf(link) || textOf(soldBy?.querySelector('.a-color-base') ?? null),
      soldBy: textOf(soldBy),
      shipsFrom: textOf(shipsFrom?.querySelector('.a-color-base') ?? null) || textOf(shipsFrom),
      price: textOf(offer.querySelector(RETAIL.aodPrice)),
      condition: textOf(offer.querySelector(RETAIL.aodCondition)),
      featured: featured ? 'yes' : '',
    },
    2,
  );
}

/** One row of the legacy offer-listing page. Amazon's own offer shows a logo, its name in `alt`. */
function olpOffer(offer: Element): PageRow | null {
  const seller = offer.querySelector(RETAIL.olpSellerName);
  const link = seller?.querySelector('a[href*="seller="], a[href*="smid="]');
  return row(
    'retail-offer',
    {
      sellerId: sellerIdOf(link) || valueOf(offer.querySelector('input[name="merchantID"]')),
      sellerName: textOf(link) || textOf(seller) || (seller?.querySelector('img[alt]')?.getAttribute('alt') ?? ''),
      shipsFrom: textOf(offer.querySelector(RETAIL.olpDelivery)),
      price: textOf(offer.querySelector(RETAIL.olpPrice)),
      condition: textOf(offer.querySelector(RETAIL.olpCondition)),
      featured: '',
    },
    2,
  );
}

/**
 * Every offer an offer list shows: the pinned (featured) offer first, then the list. Also the
 * count the page announces and whether it announces a further page, for `complete`.
 */
export function readOfferList(root: ParentNode): { offers: PageRow[]; declaredCount: string; morePages: boolean } {
  const offers: PageRow[] = [];
  for (const pinned of all(root, RETAIL.aodPinned)) {
    const found = aodOffer(pinned, true);
    if (found) offers.push(found);
  }
  for (const offer of all(root, RETAIL.aodOffer)) {
    const found = aodOffer(offer, false);
    if (found) offers.push(found);
  }
  for (const offer of all(root, RETAIL.olpOffer)) {
    const found = olpOffer(offer);
    if (found) offers.push(found);
  }
  const declaredCount = valueOf(root.querySelector(RETAIL.aodTotalCount)) || textOf(root.querySelector(RETAIL.aodCountText));
  return { offers, declaredCount, morePages: root.querySelector(RETAIL.olpNextPage) !== null };
}

/** A robot check or a sign-in form instead of the page asked for. */
export function pageState(doc: Document): string {
  if (doc.querySelector(RETAIL.captchaForm)) return 'robot-check';
  if (doc.querySelector(RETAIL.signInForm)) return 'sign-in';
  return '';
}

/** The ASIN from the page's own field, else from the URL (`/dp/<ASIN>`, `asin=`, `/gp/offer-listing/<ASIN>`). */
export function asinOf(doc: Document, url: URL): string {
  return firstAsin(valueOf(doc.querySelector(RETAIL.asinInput))) ?? asinFromUrl(url) ?? '';
}

const PATH_ASIN = /\/(?:dp|gp\/product|gp\/offer-listing|gp\/aw\/d)\/([A-Z0-9]{10})(?:[/?]|$)/;

export function asinFromUrl(url: URL): string | undefined {
  const query = url.searchParams.get('asin')?.toUpperCase();
  if (query && /^[A-Z0-9]{10}$/.test(query)) return query;
  return url.pathname.match(PATH_ASIN)?.[1];
}
