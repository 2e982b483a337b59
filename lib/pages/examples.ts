import { ACCOUNT_HEALTH_EXAMPLES } from './account-health';
import { BRAND_REGISTRY_EXAMPLES } from './brand-registry';
import { BRAND_RELATIONSHIPS_EXAMPLES } from './brand-relationships';
import { BUSINESS_REPORTS_EXAMPLES } from './business-reports';
import { INVENTORY_EXAMPLES } from './inventory';
import { LISTING_EDITOR_EXAMPLES } from './listing-editor';
import { PERFORMANCE_NOTIFICATIONS_EXAMPLES } from './performance-notifications';
import { PRODUCT_POLICIES_EXAMPLES } from './product-policies';
import { RETAIL_OFFERS_EXAMPLES } from './retail-offers';
import { RETAIL_PRODUCT_EXAMPLES } from './retail-product';
import { WEBMAIL_EXAMPLES } from './webmail';

/**
 * Page kind id -> the real URLs it must match (each list sits under its kind's predicate). For
 * tests and the benchmark only: nothing the extension ships imports this, so the URLs stay out
 * of the content script and its 8 kB gzipped budget.
 */
export const PAGE_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'account-health': ACCOUNT_HEALTH_EXAMPLES,
  'product-policies': PRODUCT_POLICIES_EXAMPLES,
  'performance-notifications': PERFORMANCE_NOTIFICATIONS_EXAMPLES,
  'listing-editor': LISTING_EDITOR_EXAMPLES,
  inventory: INVENTORY_EXAMPLES,
  'brand-registry': BRAND_REGISTRY_EXAMPLES,
  'brand-relationships': BRAND_RELATIONSHIPS_EXAMPLES,
  'business-reports': BUSINESS_REPORTS_EXAMPLES,
  'retail-product': RETAIL_PRODUCT_EXAMPLES,
  'retail-offers': RETAIL_OFFERS_EXAMPLES,
  webmail: WEBMAIL_EXAMPLES,
};

export const examplesOf = (id: string): readonly string[] => PAGE_EXAMPLES[id] ?? [];
