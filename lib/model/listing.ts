import * as z from '../zod';
import { RecordAccount } from './account';
import { CaptureId } from './capture';

const text = (max: number) => z.string().check(z.maxLength(max));
/** Null when the page did not show it; left out, null as well. */
const shown = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);

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
  attribute: text(100),
  merchant: z.nullable(text(1_000)),
  amazon: z.nullable(text(1_000)),
  /** Amazon's error code: 8541 (catalog conflict), 5461 (not approved for brand), 5665, 8572. */
  code: z.nullable(text(10)),
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
  asin: z.nullable(z.string().check(z.regex(/^[A-Z0-9]{10}$/))),
  sku: z.nullable(text(200)),
  marketplace: z.nullable(text(8)),
  source: ListingSource,
  productType: shown(text(100)),
  brand: shown(text(500)),
  manufacturer: shown(text(500)),
  title: shown(text(2_000)),
  /** Short digests (hash) of content too long to keep per snapshot; the text stays in the capture. */
  bulletsDigest: shown(text(64)),
  descriptionDigest: shown(text(64)),
  imagesDigest: shown(text(64)),
  status: shown(ListingStatus),
  /** The page's own words for the status, e.g. "Detail Page Removed", "Listing removed". */
  statusText: shown(text(500)),
  /** Attributes shown but not editable (disabled / locked) in the listing editor. */
  lockedAttributes: shown(z.array(text(100)).check(z.maxLength(200))),
  conflicts: z._default(z.array(AttributeConflict).check(z.maxLength(100)), []),
});
export type ListingObservation = z.infer<typeof ListingObservation>;
export type ListingObservationInput = z.input<typeof ListingObservation>;

/** A stored snapshot: one observation, tied to its capture. */
export const ListingSnapshot = z.extend(ListingObservation, {
  /** `<capture id>:<index of the observation in its capture>`: unique on every machine, the same for the same read. */
  id: text(200),
  account: RecordAccount,
  /** `<ASIN or sku:SKU>@<marketplace or ?>[/<account>]`: the listing's identity across snapshots. */
  listingKey: text(300),
  captureId: CaptureId,
  capturedAt: z.int(),
});
export type ListingSnapshot = z.infer<typeof ListingSnapshot>;

/** One field of a listing that changed between two snapshots. */
export const ListingChange = z.object({
  /** `<listing key>:<field>:<capture id>`: derived from what it records, so a rebuild gives the same id. */
  id: text(400),
  account: RecordAccount,
  listingKey: text(300),
  asin: z.nullable(z.string()),
  marketplace: z.nullable(z.string()),
  field: z.enum(['brand', 'manufacturer', 'title', 'bulletsDigest', 'descriptionDigest', 'imagesDigest', 'status', 'lockedAttributes', 'conflicts']),
  before: z.nullable(z.string()),
  after: z.nullable(z.string()),
  at: z.int(),
  captureId: CaptureId,
  previousCaptureId: CaptureId,
});
export type ListingChange = z.infer<typeof ListingChange>;
