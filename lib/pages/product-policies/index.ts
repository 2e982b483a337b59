import { onSellerCentral, type PageKind } from '../page-kind';
import { readPolicyRows } from './read';

/**
 * Account Health > Product Policy Compliance list, which also serves the "Received
 * Intellectual Property Complaints" view.
 */
export const productPolicies: PageKind = {
  id: 'product-policies',
  auto: true,
  match: (url) => onSellerCentral(url, '/performance/account/health/product-policies'),
  read: (doc) => ({ rows: readPolicyRows(doc) }),
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const PRODUCT_POLICIES_EXAMPLES = [
  'https://sellercentral.amazon.com/performance/account/health/product-policies',
  'https://sellercentral.amazon.com/performance/account/health/product-policies?t=intellectual-property',
  'https://sellercentral.amazon.co.jp/performance/account/health/product-policies/ip',
];
