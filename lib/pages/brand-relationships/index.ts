import { readBrandRoleRows } from '../brand-registry/read';
import { onSellerCentral, type PageKind } from '../page-kind';

/**
 * Seller Central's brand relationships page (digest 35): the brands this selling account is tied
 * to, where an authorised store asks to be confirmed as brand owner. Read like Brand Registry.
 */
export const brandRelationships: PageKind = {
  id: 'brand-relationships',
  auto: true,
  examples: [
    'https://sellercentral.amazon.com/brands/brand-relationships',
    'https://sellercentral.amazon.co.uk/brands/brand-relationships?ref=xx',
  ],
  match: (url) => onSellerCentral(url, '/brands/brand-relationships'),
  read: (doc) => ({ rows: readBrandRoleRows(doc) }),
};
