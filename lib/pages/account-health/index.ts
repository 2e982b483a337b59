import { onSellerCentral, type PageKind } from '../page-kind';

/**
 * Account Health: the dashboard and its pages. The product policies table is
 * read by its own page kind (`product-policies`).
 */
export const accountHealth: PageKind = {
  id: 'account-health',
  auto: true,
  match: (url) =>
    onSellerCentral(url, '/performance/dashboard') ||
    (onSellerCentral(url, '/performance/account/health') &&
      !onSellerCentral(url, '/performance/account/health/product-policies')),
};

/** Real URL shapes this kind must match; every other kind must reject them (tests only: lib/pages/examples.ts). */
export const ACCOUNT_HEALTH_EXAMPLES = [
  'https://sellercentral.amazon.com/performance/dashboard',
  'https://sellercentral.amazon.com/performance/dashboard?ref=ah_em_mpa',
  'https://sellercentral.amazon.co.uk/performance/account/health',
  'https://sellercentral-europe.amazon.com/performance/account/health/contact-us?formid=7951',
];
