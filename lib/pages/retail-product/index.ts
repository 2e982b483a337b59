import { retailMarketplace } from '../../hosts';
import type { PageRow } from '../../model/page-read';
import { row, textOf } from '../dom';
import type { PageKind } from '../page-kind';
import { RETAIL } from '../retail-selectors';
import { asinFromUrl, asinOf, pageState, readOfferList, sellerIdOf } from '../retail-offers/read';

/**
 * A product (detail) page on Amazon's retail site: ASIN, title, byline and the featured offer
 * (the buy box: seller from the "Sold by" link or the add-to-cart form's merchant, name, price,
 * ships from); with the "Other sellers" panel open, every offer it shows as well.
 */
export const retailProduct: PageKind = {
  id: 'retail-product',
  auto: true,
  match: (url) => url.protocol === 'https:' && retailMarketplace(url.hostname) !== null && !url.pathname.startsWith('/gp/offer-listing/') && PRODUCT_PATH.test(url.pathname) && asinFromUrl(url) !== undefined,
  read: (doc, url) => {
    const list = readOfferList(doc);
    const featured = buyBoxOffer(doc);
    // The open panel's pinned offer is the buy box again: it is kept, the buy box read is not.
    const offers = list.offers.some((offer) => offer.cells.featured) || !featured ? list.offers : [featured, ...list.offers];
    const state = pageState(doc);
    const title = textOf(doc.querySelector(RETAIL.title));
    // Not a product page after all (no title, no offer, no robot check): no rows, nothing to say.
    if (!offers.length && !title && !state) return { rows: [] };
    const listing = row('retail-listing', {
      asin: asinOf(doc, url),
      title,
      byline: textOf(doc.querySelector(RETAIL.byline)),
      declaredCount: list.offers.length ? list.declaredCount : '',
      morePages: list.morePages ? 'yes' : '',
      pageState: state,
    });
    return { rows: listing ? [listing, ...offers] : offers };
  },
};

/** `/dp/<ASIN>`, `/<slug>/dp/<ASIN>`, `/-/de/dp/<ASIN>` (language), `/gp/product/<ASIN>`, `/gp/aw/d/<ASIN>` (mobile). */
const PRODUCT_PATH = /^\/(?:[^/]+\/){0,2}(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?]|$)/;

function buyBoxOffer(doc: Document): PageRow | null {
  const link = doc.querySelector(RETAIL.buyBoxSellerLink);
  const soldBy = doc.querySelector(RETAIL.buyBoxSoldBy);
  const merchant = doc.querySelector(RETAIL.buyBoxMerchantInput)?.getAttribute('value')?.trim() ?? '';
  return row(
    'retail-offer',
    {
      sellerId: sellerIdOf(link) || merchant,
      sellerName: textOf(link),
      soldBy: textOf(soldBy),
      shipsFrom: textOf(doc.querySelector(RETAIL.buyBoxShipsFrom)),
      price: textOf(doc.querySelector(RETAIL.buyBoxPrice)),
      featured: 'yes',
    },
    3,
  );
}

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const RETAIL_PRODUCT_EXAMPLES = [
  'https://www.amazon.com/dp/B0CX23V2ZK',
  'https://www.amazon.com/Lumora-Ceramic-Pour-Over-Coffee/dp/B0CX23V2ZK/ref=sr_1_3?crid=2X&keywords=lumora&sr=8-3',
  'https://www.amazon.de/-/en/dp/B0CX23V2ZK?th=1',
  'https://www.amazon.co.jp/gp/product/B0CX23V2ZK/',
  'https://www.amazon.es/gp/aw/d/B0CX23V2ZK',
];
