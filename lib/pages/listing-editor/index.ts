import { shadowScopes } from '../dom';
import { onSellerCentral, type PageKind } from '../page-kind';
import { readEditorAlerts, readEditorFields } from './read';

/**
 * The listing editor (ABIS): `/abis/listing/edit` and its tabs (`/images`,
 * `/product_details`, ...), query marketplaceID, sku, asin, productType; an ASIN-only link opens
 * a stub without the composite fields. Fields are Katal elements named `<attribute>-<index>-value`.
 */
export const listingEditor: PageKind = {
  id: 'listing-editor',
  auto: true,
  match: (url) => onSellerCentral(url, '/abis/listing/edit'),
  read: (doc) => {
    const scopes = shadowScopes(doc); // the page and its open shadow roots, scanned once for both
    return { fields: readEditorFields(doc, scopes), alerts: readEditorAlerts(doc, scopes) };
  },
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const LISTING_EDITOR_EXAMPLES = [
  'https://sellercentral.amazon.com/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&ref=xx_myiedit_cont_myifba&sku=MA023&asin=B0CXYZ1234&productType=STATIONERY',
  'https://sellercentral.amazon.co.uk/abis/listing/edit/images?marketplaceID=A1F83G8C2ARO7P&sku=LUM-01&asin=B0CLMR7X2Q',
  'https://sellercentral-japan.amazon.com/abis/listing/edit/product_details?sku=LUM-01&asin=B0CLMR7X2Q',
  'https://sellercentral.amazon.com/abis/listing/edit?asin=B0CLMR7X2Q',
];
