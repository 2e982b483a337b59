import * as z from '../zod';
import { AttributeConflict, ListingStatus } from './listing';

/**
 * The last known state of one listing: for each field, the newest value any page showed (a page
 * that did not show a field says nothing about it). Rebuilt from the snapshots.
 */
export const ListingState = z.object({
  listingKey: z.string(),
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
  lastCaptureId: z.string(),
});
export type ListingState = z.infer<typeof ListingState>;
