import type { BrandSentryDb } from '../db';
import type { Interpretation } from '../interpret';
import type { Capture } from '../model/capture';
import { ListingSnapshot } from '../model/listing';
import { Notice } from '../model/notice';
import { rebuildBrandRoles } from '../records/brand-role-history';
import { listingKey, rebuildListing } from '../records/listing-history';
import { mergeNotice, noticeStoreId } from '../records/notice-merge';
import { noticeIdentity, retractionClears } from '../notices';

/**
 * Replaces what one capture contributed to the records with what its interpretation says now,
 * in one transaction: re-interpreting a capture never duplicates, and a failure leaves the
 * previous records as they were. Derived history (listing states and changes, brand roles) is
 * rebuilt for what the capture touched.
 */
export async function storeInterpretation(db: BrandSentryDb, capture: Capture, interpretation: Interpretation): Promise<void> {
  const identities = await Promise.all(interpretation.notices.map(({ draft, text }) => noticeIdentity(draft, text)));
  await db.transaction('rw', [db.captures, ...db.recordTables], async () => {
    const touchedListings = new Set<string>();

    // 1. Forget what this capture said before.
    const previousNotices = await db.notices.where('captureIds').equals(capture.id).toArray();
    for (const notice of previousNotices) {
      const captureIds = notice.captureIds.filter((id) => id !== capture.id);
      if (captureIds.length === 0) await db.notices.delete(notice.id);
      else await db.notices.update(notice.id, { captureIds });
    }
    const previousSnapshots = await db.listingSnapshots.where('captureId').equals(capture.id).toArray();
    for (const snapshot of previousSnapshots) touchedListings.add(snapshot.listingKey);
    await db.listingSnapshots.where('captureId').equals(capture.id).delete();
    const hadRoles = (await db.brandRoleSnapshots.where('captureId').equals(capture.id).delete()) > 0;

    // 2. Notices: one per complaint, merged across captures; retractions linked to what they clear.
    for (const [index, { draft }] of interpretation.notices.entries()) {
      const id = noticeStoreId(identities[index]!, draft);
      const merged = Notice.parse(mergeNotice(await db.notices.get(id), draft, id, capture.id, capture.capturedAt));
      await db.notices.put(merged);
    }
    await linkRetractions(db);

    // 3. Listing snapshots, then each touched listing's state and changes rebuilt from its history.
    for (const observation of interpretation.listings) {
      const key = listingKey(observation);
      if (!key) continue;
      touchedListings.add(key);
      await db.listingSnapshots.add(ListingSnapshot.parse({ ...observation, listingKey: key, captureId: capture.id, capturedAt: capture.capturedAt }));
    }
    for (const key of touchedListings) {
      const rebuilt = rebuildListing(await db.listingSnapshots.where('listingKey').equals(key).toArray());
      await db.listingChanges.where('listingKey').equals(key).delete();
      if (!rebuilt) {
        await db.listingStates.delete(key);
        continue;
      }
      await db.listingStates.put(rebuilt.state);
      if (rebuilt.changes.length) await db.listingChanges.bulkAdd(rebuilt.changes);
    }

    // 4. Brand Registry roles: the whole (small) role history is rebuilt when any page changed it.
    if (interpretation.brandRoles) {
      await db.brandRoleSnapshots.add({ ...interpretation.brandRoles, captureId: capture.id, capturedAt: capture.capturedAt, pageKind: capture.pageKind });
    }
    if (interpretation.brandRoles || hadRoles) {
      const { states, changes } = rebuildBrandRoles(await db.brandRoleSnapshots.toArray());
      await db.brandRoles.clear();
      await db.brandRoleChanges.clear();
      await db.brandRoles.bulkPut(states);
      await db.brandRoleChanges.bulkAdd(changes);
    }
  });
}

/** Every retraction's `clears`, recomputed against the complaints known now (either may arrive first). */
async function linkRetractions(db: BrandSentryDb): Promise<void> {
  const retractions = await db.notices.where('category').equals('retraction').toArray();
  if (retractions.length === 0) return;
  const complaints = await db.notices.where('category').anyOf('ip-complaint', 'counterfeit', 'policy-warning').toArray();
  for (const retraction of retractions) {
    const clears = retractionClears(retraction, complaints);
    if (clears.join() !== retraction.clears.join()) await db.notices.update(retraction.id, { clears });
  }
}
