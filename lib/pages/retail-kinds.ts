import type { PageKind } from './page-kind';
import { retailOffers } from './retail-offers';
import { retailProduct } from './retail-product';

/**
 * The retail page kinds (Amazon's shop, not Seller Central): read by the retail content script,
 * which is registered at run time only for the marketplaces the seller granted, and by one-click
 * capture. Apart from auto-kinds.ts so the Seller Central content script does not carry them.
 */
export const RETAIL_PAGE_KINDS: readonly PageKind[] = [retailProduct, retailOffers];

export function findRetailKind(url: URL): PageKind | undefined {
  return RETAIL_PAGE_KINDS.find((kind) => kind.match(url));
}
