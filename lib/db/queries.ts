import type { BrandRoleChange } from '../model/brand-role';
import type { ListingChange, ListingSnapshot } from '../model/listing';
import type { ListingState } from '../model/listing-state';
import type { BrandSentryDb } from './index';

/** One listing over time: every snapshot and every change, oldest first. */
export async function listingHistory(db: BrandSentryDb, listingKey: string): Promise<{ snapshots: ListingSnapshot[]; changes: ListingChange[] }> {
  const [snapshots, changes] = await Promise.all([
    db.listingSnapshots.where('listingKey').equals(listingKey).sortBy('capturedAt'),
    db.listingChanges.where('listingKey').equals(listingKey).sortBy('at'),
  ]);
  return { snapshots, changes };
}

/** The last known state of every listing, most recently seen first. */
export async function lastKnownListings(db: BrandSentryDb): Promise<ListingState[]> {
  return db.listingStates.orderBy('lastSeenAt').reverse().toArray();
}

/** Every listing and Brand Registry change in a period (inclusive bounds, epoch ms), oldest first. */
export async function changesInPeriod(db: BrandSentryDb, from: number, to: number): Promise<{ listings: ListingChange[]; brandRoles: BrandRoleChange[] }> {
  const [listings, brandRoles] = await Promise.all([
    db.listingChanges.where('at').between(from, to, true, true).sortBy('at'),
    db.brandRoleChanges.where('at').between(from, to, true, true).sortBy('at'),
  ]);
  return { listings, brandRoles };
}
