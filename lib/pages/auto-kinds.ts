import { accountHealth } from './account-health';
import { brandRegistry } from './brand-registry';
import { brandRelationships } from './brand-relationships';
import { businessReports } from './business-reports';
import { inventory } from './inventory';
import { listingEditor } from './listing-editor';
import type { PageKind } from './page-kind';
import { performanceNotifications } from './performance-notifications';
import { productPolicies } from './product-policies';

/**
 * The page kinds the content script reads as the seller browses (Seller Central and Brand
 * Registry). Apart from registry.ts so the content script's bundle (8 kB gzipped at most) does
 * not carry the readers of kinds captured only with one click (webmail).
 */
export const AUTO_KINDS: readonly PageKind[] = [accountHealth, productPolicies, performanceNotifications, listingEditor, inventory, brandRegistry, brandRelationships, businessReports];

export function findAutoKind(url: URL): PageKind | undefined {
  return AUTO_KINDS.find((kind) => kind.match(url));
}
