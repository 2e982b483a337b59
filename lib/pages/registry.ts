import { accountHealth } from './account-health';
import { brandRegistry } from './brand-registry';
import { brandRelationships } from './brand-relationships';
import { inventory } from './inventory';
import { listingEditor } from './listing-editor';
import type { PageKind } from './page-kind';
import { performanceNotifications } from './performance-notifications';
import { productPolicies } from './product-policies';
import { webmail } from './webmail';

/** Every page kind Brand Sentry knows. Order does not matter: URLs match at most one kind (tested). */
export const PAGE_KINDS: readonly PageKind[] = [
  accountHealth,
  productPolicies,
  performanceNotifications,
  listingEditor,
  inventory,
  brandRegistry,
  brandRelationships,
  webmail,
];

export function findPageKind(url: URL): PageKind | undefined {
  return PAGE_KINDS.find((kind) => kind.match(url));
}
