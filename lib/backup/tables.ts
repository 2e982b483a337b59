import * as z from '../zod';
import { SCHEMA_VERSIONS } from '../db/schema';
import { BrandRoleChange, BrandRolesObservation, BrandRoleState } from '../model/brand-role';
import { AccountId, RecordAccount, SellerAccount } from '../model/account';
import { Capture, Screenshot } from '../model/capture';
import { DomainAge } from '../model/domain-intel';
import { Flag } from '../model/flag';
import { ListingChange, ListingSnapshot } from '../model/listing';
import { ListingState } from '../model/listing-state';
import { Notice } from '../model/notice';
import { OfferSeller, OfferSnapshot } from '../model/offer';
import { BrandProfile } from '../model/profile';
import { FeaturedOfferSignal } from '../model/seller-signals';

/**
 * The schema every restored row must pass, per table. Tables whose rows have no model in
 * lib/model (settings, brand role snapshots, profile) get their obvious fields checked here,
 * mirroring the interfaces in lib/db/index.ts. A table added to the database without an entry
 * here fails the backup test, so a restore can never write an unchecked row.
 */
export const TABLE_ROW_SCHEMAS: Record<string, z.ZodMiniType> = {
  captures: Capture,
  screenshots: Screenshot,
  settings: z.object({ key: z.string().check(z.minLength(1), z.maxLength(200)), value: z.string().check(z.maxLength(10_000)) }),
  notices: Notice,
  listingSnapshots: ListingSnapshot,
  listingStates: ListingState,
  listingChanges: ListingChange,
  brandRoleSnapshots: z.extend(BrandRolesObservation, {
    id: z.string().check(z.maxLength(100)),
    account: RecordAccount,
    captureId: z.string(),
    capturedAt: z.int(),
    pageKind: z.string().check(z.maxLength(64)),
  }),
  brandRoles: BrandRoleState,
  brandRoleChanges: BrandRoleChange,
  flags: Flag,
  // `me`: the profile for all accounts; else one account's own, keyed by its merchant token.
  profile: z.object({ id: z.union([z.literal('me'), AccountId]), account: RecordAccount, profile: BrandProfile, updatedAt: z.int() }).check(
    z.refine((row) => row.id === (row.account ?? 'me'), { message: 'a profile is keyed by its account (or "me" for all accounts)', path: ['id'] }),
  ),
  domainAges: DomainAge,
  offerSnapshots: OfferSnapshot,
  offerSellers: OfferSeller,
  accounts: SellerAccount,
  featuredOfferSignals: FeaturedOfferSignal,
};

/** Tables that exist at a schema version, replaying the dated history (null drops a table). */
export function tablesAtVersion(version: number): Set<string> | null {
  if (!SCHEMA_VERSIONS.some((entry) => entry.version === version)) return null;
  const tables = new Set<string>();
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > version) break;
    for (const [name, spec] of Object.entries(entry.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return tables;
}
