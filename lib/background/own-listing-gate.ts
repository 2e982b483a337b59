import type { BrandSentryDb } from '../db';
import type { PageRead } from '../model/page-read';
import { BrandProfile } from '../model/profile';
import { offersFromRead, RETAIL_KINDS } from '../offers/from-read';
import { isOwnListing } from '../offers/own-listing';

/**
 * Whether a page read may be stored: every page but a retail one, and a retail page only when it
 * is one of the seller's own listings (an ASIN seen in their inventory, listing editor or an
 * earlier check, or a byline naming one of their brands). Browsing someone else's product is
 * none of Brand Sentry's business: such a page is not stored at all.
 */
export async function mayStore(db: BrandSentryDb, read: PageRead): Promise<boolean> {
  if (!RETAIL_KINDS.has(read.pageKind)) return true;
  const observation = offersFromRead(read);
  if (!observation) return false;
  const [inInventory, checkedBefore, profileRows] = await Promise.all([
    db.listingStates.where('asin').equals(observation.asin).count(),
    db.offerSnapshots.where('asin').equals(observation.asin).count(),
    db.profile.toArray(),
  ]);
  const known = inInventory + checkedBefore > 0 ? new Set([observation.asin]) : new Set<string>();
  // Amazon's shop belongs to no account: the listing is the seller's when it is any of their accounts'.
  const profiles = profileRows.length ? profileRows.map((row) => BrandProfile.parse(row.profile)) : [BrandProfile.parse({})];
  return profiles.some((profile) => isOwnListing(observation, profile, known));
}

export const NOT_OWN_LISTING = 'Not one of your listings: Brand Sentry does not store this page.';
