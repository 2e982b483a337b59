import { retailMarketplace } from '../../hosts';
import { row } from '../dom';
import type { PageKind } from '../page-kind';
import { asinFromUrl, asinOf, pageState, readOfferList } from './read';

/**
 * A listing's offer list on Amazon's retail site: the all-offers display fragment
 * (`/gp/aod/ajax?asin=`, `/gp/product/ajax?...experienceId=aodAjaxMain`), which the product
 * page's "Other sellers" panel loads and "Check offers now" fetches, and the legacy
 * offer-listing page (`/gp/offer-listing/<ASIN>`). Only on Amazon's own retail hosts.
 */
export const retailOffers: PageKind = {
  id: 'retail-offers',
  auto: true,
  match: (url) => url.protocol === 'https:' && retailMarketplace(url.hostname) !== null && isOfferListPath(url),
  read: (doc, url) => {
    const { offers, declaredCount, morePages } = readOfferList(doc);
    const state = pageState(doc);
    // A page with neither offers nor a robot check says nothing about the listing: no rows.
    if (!offers.length && !state) return { rows: [] };
    const listing = row('retail-listing', { asin: asinOf(doc, url), declaredCount, morePages: morePages ? 'yes' : '', pageState: state, offerList: 'yes' });
    return { rows: listing ? [listing, ...offers] : offers };
  },
};

function isOfferListPath(url: URL): boolean {
  const path = url.pathname;
  if (path.startsWith('/gp/offer-listing/')) return asinFromUrl(url) !== undefined;
  if (path === '/gp/aod/ajax' || path.startsWith('/gp/aod/ajax/')) return url.searchParams.has('asin');
  return path.startsWith('/gp/product/ajax') && url.searchParams.get('experienceId') === 'aodAjaxMain' && url.searchParams.has('asin');
}

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const RETAIL_OFFERS_EXAMPLES = [
  'https://www.amazon.com/gp/offer-listing/B0CX23V2ZK/ref=dp_olp_NEW_mbc?ie=UTF8&condition=NEW',
  'https://www.amazon.co.uk/gp/offer-listing/B0CX23V2ZK/ref=olp_f_new?ie=UTF8&overridePriceSuppression=10',
  'https://www.amazon.de/gp/aod/ajax/ref=dp_aod_NEW_mbc?asin=B0CX23V2ZK&m=&qid=&smid=&sourcecustomerorglistid=&sourcecustomerorglistitemid=&sr=&pc=dp',
  'https://www.amazon.co.jp/gp/product/ajax/ref=auto_load_aod?asin=B0CX23V2ZK&pc=dp&experienceId=aodAjaxMain',
];
