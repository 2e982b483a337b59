import type { BrandSentryDb } from '../db';
import { checkedRow, checkedRows } from './checked-row';
import type { Interpretation } from '../interpret';
import type { Capture } from '../model/capture';
import { ListingSnapshot } from '../model/listing';
import { Notice, type NoticeDraft } from '../model/notice';
import { OfferSnapshot, offerListingKey } from '../model/offer';
import { rebuildOfferSellers } from '../records/offer-history';
import { FeaturedOfferSignal } from '../model/seller-signals';
import { rebuildBrandRoles } from '../records/brand-role-history';
import { listingKey, rebuildListing } from '../records/listing-history';
import { mergeNotice, noticeStoreId } from '../records/notice-merge';
import { noticeIdentity } from '../notices';

/**
 * Replaces what one capture contributed to the records with what its interpretation says now,
 * and records the outcome on the capture, in one transaction: re-interpreting a capture never duplicates, and a failure leaves the
 * previous records as they were. Derived history (listing states and changes, brand roles) is
 * rebuilt for what the capture touched.
 */
export async function storeInterpretation(
  db: BrandSentryDb,
  capture: Capture,
  interpretation: Interpretation,
  outcome: CaptureOutcome,
  { fresh = false } = {},
): Promise<void> {
  await writeRecords(db, capture, await prepareRecords(interpretation, capture.account), outcome, { fresh });
}

export type CaptureOutcome = Pick<Capture, 'status' | 'statusReason' | 'parserVersion'>;

/**
 * An interpretation with its notices' store ids (from their identities), in
 * interpretation order: everything async done before a transaction opens.
 */
export interface PreparedRecords {
  interpretation: Interpretation;
  ids: string[];
}

/**
 * Notice identities hash text (Web Crypto); no transaction may stay open across that await.
 * `account`: the capture's, which the notices' ids carry.
 */
export async function prepareRecords(interpretation: Interpretation, account: string | null): Promise<PreparedRecords> {
  const identities = await Promise.all(interpretation.notices.map(({ draft, text }) => noticeIdentity(draft, text)));
  const drafts = interpretation.notices.map(({ draft }) => draft);
  return { interpretation, ids: drafts.map((draft, index) => noticeStoreId(identities[index]!, draft, account)) };
}

/**
 * The writing half of storeInterpretation, in one transaction, after every await of hashing.
 * `outcome` is written on the capture when given. `fresh`: the capture was just stored and never
 * interpreted, so it contributed nothing yet and the reads of what it said before are skipped
 * (three requests of the round trip). Safe even if another interpretation of it ran meanwhile:
 * its rows are keyed by the capture, and a notice keeps each capture id once.
 */
export async function writeRecords(
  db: BrandSentryDb,
  capture: Capture,
  prepared: PreparedRecords,
  outcome: CaptureOutcome | null,
  { fresh }: { fresh: boolean },
): Promise<void> {
  const { interpretation, ids } = prepared;
  const none = Promise.resolve([]);
  await db.transaction('rw', [db.captures, ...db.recordTables], async () => {
    const touchedListings = new Set<string>();

    // 1. Record the outcome, forget what this capture said before, and read what step 2 needs:
    // requests issued together, one round trip (each costs a trip to the browser's IndexedDB).
    const [, previousNotices, previousSnapshots, removedRoles, { storedBefore }, previousOffers] = await Promise.all([
      outcome ? db.captures.update(capture.id, outcome) : null,
      fresh ? none : db.notices.where('captureIds').equals(capture.id).toArray(),
      fresh ? none : db.listingSnapshots.where('captureId').equals(capture.id).toArray(),
      fresh ? 0 : db.brandRoleSnapshots.where('captureId').equals(capture.id).delete(),
      readNoticesBefore(db, prepared),
      fresh ? none : db.offerSnapshots.where('captureId').equals(capture.id).toArray(),
    ]);
    const hadRoles = removedRoles > 0;
    await Promise.all(
      previousNotices.map((notice) => {
        const captureIds = notice.captureIds.filter((id) => id !== capture.id);
        return captureIds.length === 0 ? db.notices.delete(notice.id) : db.notices.update(notice.id, { captureIds });
      }),
    );
    for (const snapshot of previousSnapshots) touchedListings.add(snapshot.listingKey);
    if (previousSnapshots.length > 0) await db.listingSnapshots.where('captureId').equals(capture.id).delete();

    // 2. Notices: one per complaint, merged across captures. What a retraction closes is decided
    // by the flag rules from the notices themselves (lib/analyze/retraction.ts), not stored here.
    // (Read again when step 1 changed them: a capture interpreted a second time.)
    const stored = previousNotices.length > 0 ? await db.notices.bulkGet(ids) : storedBefore;
    // Two notices of one page with one identity merge into one record, as captured one by one.
    const merged = new Map<string, Notice>();
    for (const [index, { draft }] of interpretation.notices.entries()) {
      const id = ids[index]!;
      const notice = Notice.parse(mergeNotice(merged.get(id) ?? stored[index], draft, id, capture.id, capture.capturedAt, capture.account));
      merged.set(id, notice);
    }
    if (merged.size > 0) await db.notices.bulkPut([...merged.values()]);

    // 3. Listing snapshots, then each touched listing's state and changes rebuilt from its history.
    const snapshots: ListingSnapshot[] = [];
    for (const [index, observation] of interpretation.listings.entries()) {
      const key = listingKey(observation, capture.account);
      if (!key) continue;
      touchedListings.add(key);
      snapshots.push(ListingSnapshot.parse({ ...observation, id: `${capture.id}:${index}`, account: capture.account, listingKey: key, captureId: capture.id, capturedAt: capture.capturedAt }));
    }
    if (snapshots.length > 0) await db.listingSnapshots.bulkPut(snapshots);
    // Listings apart from each other (each its own keys), so rebuilt side by side.
    await Promise.all(
      [...touchedListings].map(async (key) => {
        const rebuilt = rebuildListing(await db.listingSnapshots.where('listingKey').equals(key).toArray());
        await db.listingChanges.where('listingKey').equals(key).delete();
        if (!rebuilt) {
          await db.listingStates.delete(key);
          return;
        }
        await db.listingStates.put(checkedRow('listingStates', rebuilt.state));
        if (rebuilt.changes.length) await db.listingChanges.bulkPut(checkedRows('listingChanges', rebuilt.changes));
      }),
    );

    // 4. Brand Registry roles: the whole (small) role history is rebuilt when any page changed it.
    if (interpretation.brandRoles) {
      await db.brandRoleSnapshots.put(checkedRow('brandRoleSnapshots', { ...interpretation.brandRoles, id: capture.id, account: capture.account, captureId: capture.id, capturedAt: capture.capturedAt, pageKind: capture.pageKind }));
    }
    if (interpretation.brandRoles || hadRoles) {
      const { states, changes } = rebuildBrandRoles(await db.brandRoleSnapshots.toArray());
      await db.brandRoles.clear();
      await db.brandRoleChanges.clear();
      await db.brandRoles.bulkPut(checkedRows('brandRoles', states));
      await db.brandRoleChanges.bulkPut(checkedRows('brandRoleChanges', changes));
    }

    // 5. Offer snapshots, then the sellers of each touched listing rebuilt from its snapshots.
    await writeOffers(db, capture, interpretation, previousOffers);

    // 6. Featured-offer signals of Seller Central: what this capture says now replaces what it said.
    await writeFeaturedOffers(db, capture, interpretation, fresh);
  });
}

/** Step 5 of writeRecords, inside its transaction. Only captures of retail pages have offers. */
async function writeOffers(db: BrandSentryDb, capture: Capture, interpretation: Interpretation, previous: readonly OfferSnapshot[]): Promise<void> {
  if (interpretation.offers.length === 0 && previous.length === 0) return;
  const touched = new Set(previous.map((snapshot) => snapshot.listingKey));
  if (previous.length > 0) await db.offerSnapshots.where('captureId').equals(capture.id).delete();
  const host = hostOf(capture.url);
  const snapshots = interpretation.offers.map((observation) => {
    const listingKey = offerListingKey(observation.asin, observation.marketplace);
    touched.add(listingKey);
    return OfferSnapshot.parse({ ...observation, id: `${capture.id}:${listingKey}`, listingKey, captureId: capture.id, capturedAt: capture.capturedAt, account: capture.account, host });
  });
  if (snapshots.length > 0) await db.offerSnapshots.bulkPut(snapshots);
  await Promise.all(
    [...touched].map(async (listingKey) => {
      const sellers = rebuildOfferSellers(await db.offerSnapshots.where('listingKey').equals(listingKey).toArray());
      await db.offerSellers.where('listingKey').equals(listingKey).delete();
      if (sellers.length) await db.offerSellers.bulkPut(sellers);
    }),
  );
}

/** Step 6 of writeRecords, inside its transaction. Only Manage Inventory and Business Reports captures have them. */
async function writeFeaturedOffers(db: BrandSentryDb, capture: Capture, interpretation: Interpretation, fresh: boolean): Promise<void> {
  if (!fresh) await db.featuredOfferSignals.where('captureId').equals(capture.id).delete();
  if (interpretation.featuredOffers.length === 0) return;
  await db.featuredOfferSignals.bulkPut(
    interpretation.featuredOffers.map((observation) => {
      const listingKey = offerListingKey(observation.asin, observation.marketplace);
      return FeaturedOfferSignal.parse({
        ...observation, id: `${capture.id}:${listingKey}:${observation.source}`, listingKey, captureId: capture.id, capturedAt: capture.capturedAt, account: capture.account,
      });
    }),
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** What step 1 of writeRecords reads about a capture's notices: the stored ones. */
interface NoticesBefore {
  storedBefore: (Notice | undefined)[];
}

/** Step 1's read, inside writeRecords' transaction. */
async function readNoticesBefore(db: BrandSentryDb, { ids }: PreparedRecords): Promise<NoticesBefore> {
  return { storedBefore: ids.length ? await db.notices.bulkGet(ids) : [] };
}
