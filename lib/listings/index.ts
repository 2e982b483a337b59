import type { ListingObservationInput } from '../model/listing';
import type { PageRead } from '../model/page-read';
import { listingFromEditor } from './from-editor';
import { listingsFromInventory, listingsFromPolicies } from './from-rows';

/**
 * Pure interpreters for listings and brand roles: PageRead -> observations, no DOM, no storage.
 * Only the background loads this folder (its vocabularies stay out of the content script).
 */
export { parseBrandConflicts } from './brand-conflicts';
export { brandRolesFromRead, rolesFromText } from './brand-roles';
export { listingStatusFromText } from './listing-status';

/**
 * What a page says about listings: the listing editor (one), Manage Inventory (one per row),
 * Account Health product policies (one per ASIN). Other pages say nothing ([]). Never throws:
 * a page that breaks an interpreter yields no observations, and its capture is kept as read.
 */
export function listingsFromRead(read: PageRead): ListingObservationInput[] {
  try {
    switch (read.pageKind) {
      case 'listing-editor': {
        const listing = listingFromEditor(read);
        return listing ? [listing] : [];
      }
      case 'inventory':
        return listingsFromInventory(read);
      case 'product-policies':
        return listingsFromPolicies(read);
      default:
        return [];
    }
  } catch {
    return [];
  }
}
