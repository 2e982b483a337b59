import { readBrandRoleRows } from '../brand-registry/read';
import { onSellerCentral, type PageKind } from '../page-kind';

/**
 * Seller Central's brand relationships page: the brands this selling account is tied
 * to, where an authorised store asks to be confirmed as brand owner. Read like Brand Registry.
 */
export const brandRelationships: PageKind = {
  id: 'brand-relationships',
  auto: true,
  match: (url) => onSellerCentral(url, '/brands/brand-relationships'),
  read: (doc) => ({ rows: readBrandRoleRows(doc) }),
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const BRAND_RELATIONSHIPS_EXAMPLES = [
  'https://sellercentral.amazon.com/brands/brand-relationships',
  'https://sellercentral.amazon.co.uk/brands/brand-relationships?ref=xx',
];
