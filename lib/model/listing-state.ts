import * as z from '../zod';
import { RecordAccount } from './account';
import { AttributeConflict, ListingSource, ListingStatus } from './listing';
import { CaptureId } from './capture';

/**
 * One time a listing was seen taken down (removed / detail page removed) after being seen in
 * another state, or at its first sighting: the first capture of each removal, not every re-read.
 */
export const ListingRemoval = z.object({
  at: z.int(),
  captureId: CaptureId,
  source: ListingSource,
  status: ListingStatus,
  statusText: z.nullable(z.string()),
});
export type ListingRemoval = z.infer<typeof ListingRemoval>;

/**
 * The last known state of one listing: for each field, the newest value any page showed (a page
 * that did not show a field says nothing about it), its removals and when it was last seen active.
 * Rebuilt from the snapshots, so the flag rules never need to read every snapshot.
 */
export const ListingState = z.object({
  listingKey: z.string(),
  account: RecordAccount,
  asin: z.nullable(z.string()),
  sku: z.nullable(z.string()),
  marketplace: z.nullable(z.string()),
  brand: z.nullable(z.string()),
  manufacturer: z.nullable(z.string()),
  title: z.nullable(z.string()),
  status: z.nullable(ListingStatus),
  statusText: z.nullable(z.string()),
  lockedAttributes: z.array(z.string()),
  conflicts: z.array(AttributeConflict),
  firstSeenAt: z.int(),
  lastSeenAt: z.int(),
  lastCaptureId: CaptureId,
  /** Removal episodes, oldest first; with lastActiveAt, what the takedown rule needs of the history. */
  removals: z._default(z.array(ListingRemoval), []),
  /** The last time any page showed the listing active. */
  lastActiveAt: z._default(z.nullable(z.int()), null),
});
export type ListingState = z.infer<typeof ListingState>;
