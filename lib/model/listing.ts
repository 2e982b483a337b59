import { z } from 'zod';

export const ListingStatus = z.enum([
  'active',
  'inactive',
  'incomplete',
  'suppressed', // search suppressed, "Search Suppressed"
  'detail-page-removed', // INACTIVE_ASIN_SUPPRESSED
  'blocked', // Inactive Blocked, approval required, listing blocked
  'removed', // Account Health "Listing removed" / deactivated by a complaint
  'unknown',
]);
export type ListingStatus = z.infer<typeof ListingStatus>;

/** A catalog conflict from the listing editor or a feed error: who owns the attribute's value. */
export const AttributeConflict = z.object({
  attribute: z.string().max(100),
  merchant: z.string().max(1_000).nullable(),
  amazon: z.string().max(1_000).nullable(),
  /** Amazon's error code: 8541 (catalog conflict), 5461 (not approved for brand), 5665, 8572. */
  code: z.string().max(10).nullable(),
});
export type AttributeConflict = z.infer<typeof AttributeConflict>;

/** Where an observation of a listing came from. */
export const ListingSource = z.enum(['listing-editor', 'inventory', 'account-health', 'notice']);
export type ListingSource = z.infer<typeof ListingSource>;

/**
 * What one page says about one listing (pure interpreter output). Null = the page did not show
 * it (an inventory row has no bullets), which is not a change.
 */
export const ListingObservation = z.object({
  asin: z.string().regex(/^[A-Z0-9]{10}$/).nullable(),
  sku: z.string().max(200).nullable(),
  marketplace: z.string().max(8).nullable(),
  source: ListingSource,
  productType: z.string().max(100).nullable().default(null),
  brand: z.string().max(500).nullable().default(null),
  manufacturer: z.string().max(500).nullable().default(null),
  title: z.string().max(2_000).nullable().default(null),
  /** Short digests (hash) of content too long to keep per snapshot; the text stays in the capture. */
  bulletsDigest: z.string().max(64).nullable().default(null),
  descriptionDigest: z.string().max(64).nullable().default(null),
  imagesDigest: z.string().max(64).nullable().default(null),
  status: ListingStatus.nullable().default(null),
  /** The page's own words for the status, e.g. "Detail Page Removed", "Listing removed". */
  statusText: z.string().max(500).nullable().default(null),
  /** Attributes shown but not editable (disabled / locked) in the listing editor. */
  lockedAttributes: z.array(z.string().max(100)).max(200).nullable().default(null),
  conflicts: z.array(AttributeConflict).max(100).default([]),
});
export type ListingObservation = z.infer<typeof ListingObservation>;
export type ListingObservationInput = z.input<typeof ListingObservation>;

/** A stored snapshot: one observation, tied to its capture. */
export const ListingSnapshot = ListingObservation.extend({
  id: z.number().int().optional(),
  /** `<ASIN or sku:SKU>@<marketplace or ?>`: the listing's identity across snapshots. */
  listingKey: z.string().max(300),
  captureId: z.string(),
  capturedAt: z.number().int(),
});
export type ListingSnapshot = z.infer<typeof ListingSnapshot>;

/** One field of a listing that changed between two snapshots. */
export const ListingChange = z.object({
  id: z.number().int().optional(),
  listingKey: z.string().max(300),
  asin: z.string().nullable(),
  marketplace: z.string().nullable(),
  field: z.enum(['brand', 'manufacturer', 'title', 'bulletsDigest', 'descriptionDigest', 'imagesDigest', 'status', 'lockedAttributes', 'conflicts']),
  before: z.string().nullable(),
  after: z.string().nullable(),
  at: z.number().int(),
  captureId: z.string(),
  previousCaptureId: z.string(),
});
export type ListingChange = z.infer<typeof ListingChange>;
