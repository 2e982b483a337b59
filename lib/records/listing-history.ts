import type { ListingChange, ListingObservation, ListingSnapshot } from '../model/listing';
import type { ListingState } from '../model/listing-state';

/**
 * A listing's identity across pages: its ASIN (or SKU when a page shows no ASIN) in one
 * marketplace, of one account: two accounts selling one ASIN have two listings. Without an
 * account the key is what it always was.
 */
export function listingKey(observation: Pick<ListingObservation, 'asin' | 'sku' | 'marketplace'>, account: string | null = null): string | null {
  const id = observation.asin ?? (observation.sku ? `sku:${observation.sku}` : null);
  return id ? `${id}@${observation.marketplace ?? '?'}${account ? `/${account}` : ''}` : null;
}

type TrackedField = ListingChange['field'];
/** Statuses that mean the listing was taken down. */
const REMOVED: ReadonlySet<string> = new Set(['removed', 'detail-page-removed']);
const TRACKED: readonly TrackedField[] = ['brand', 'manufacturer', 'title', 'bulletsDigest', 'descriptionDigest', 'imagesDigest', 'status', 'lockedAttributes', 'conflicts'];

/** A field's value as compared and stored in a change; null = the page did not show it. */
function valueOf(snapshot: ListingSnapshot, field: TrackedField): string | null {
  const value = snapshot[field];
  if (value === null || value === undefined) return null;
  if (field === 'lockedAttributes') return [...(value as string[])].sort().join(', ');
  if (field === 'conflicts') {
    const conflicts = value as ListingSnapshot['conflicts'];
    // An editor page without conflict errors says "no conflicts" only when it is the editor.
    if (conflicts.length === 0 && snapshot.source !== 'listing-editor') return null;
    return conflicts.map((c) => `${c.code ?? ''} ${c.attribute}: ${c.merchant ?? ''} / ${c.amazon ?? ''}`.trim()).sort().join('; ');
  }
  return String(value);
}

/**
 * Rebuilds one listing's last known state and its changes from all its snapshots (oldest first).
 * Pure and whole-history, so re-interpreting a capture, or captures arriving out of order, give
 * the same answer as capturing in order.
 */
export function rebuildListing(snapshots: readonly ListingSnapshot[]): { state: ListingState; changes: ListingChange[] } | null {
  const ordered = [...snapshots].sort((a, b) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const first = ordered[0];
  if (!first) return null;
  const known = new Map<TrackedField, { value: string; captureId: string }>();
  const changes: ListingChange[] = [];
  const state: ListingState = {
    listingKey: first.listingKey,
    account: first.account,
    asin: null,
    sku: null,
    marketplace: first.marketplace,
    brand: null,
    manufacturer: null,
    title: null,
    status: null,
    statusText: null,
    lockedAttributes: [],
    conflicts: [],
    firstSeenAt: first.capturedAt,
    lastSeenAt: first.capturedAt,
    lastCaptureId: first.captureId,
    removals: [],
    lastActiveAt: null,
  };
  // Sources that reported the current removal episode (Account Health, inventory, ...).
  let episode: Set<string> | null = null;
  for (const snapshot of ordered) {
    for (const field of TRACKED) {
      const value = valueOf(snapshot, field);
      if (value === null) continue;
      const before = known.get(field);
      if (before && before.value !== value) {
        changes.push({
          id: `${snapshot.listingKey}:${field}:${snapshot.captureId}`,
          account: snapshot.account,
          listingKey: snapshot.listingKey,
          asin: snapshot.asin,
          marketplace: snapshot.marketplace,
          field,
          before: before.value,
          after: value,
          at: snapshot.capturedAt,
          captureId: snapshot.captureId,
          previousCaptureId: before.captureId,
        });
      }
      known.set(field, { value, captureId: snapshot.captureId });
    }
    state.asin = snapshot.asin ?? state.asin;
    state.sku = snapshot.sku ?? state.sku;
    state.brand = snapshot.brand ?? state.brand;
    state.manufacturer = snapshot.manufacturer ?? state.manufacturer;
    state.title = snapshot.title ?? state.title;
    if (snapshot.status) {
      state.status = snapshot.status;
      state.statusText = snapshot.statusText;
      // A removal episode starts when a page first shows the listing removed and lasts until it
      // is seen active again; each kind of page that shows it is recorded once (re-reads of the
      // same removal are not new evidence).
      if (REMOVED.has(snapshot.status)) {
        episode ??= new Set();
        if (!episode.has(snapshot.source)) {
          episode.add(snapshot.source);
          state.removals.push({ at: snapshot.capturedAt, captureId: snapshot.captureId, source: snapshot.source, status: snapshot.status, statusText: snapshot.statusText });
        }
      } else if (snapshot.status === 'active') {
        state.lastActiveAt = snapshot.capturedAt;
        episode = null;
      }
    }
    if (snapshot.lockedAttributes) state.lockedAttributes = snapshot.lockedAttributes;
    if (snapshot.source === 'listing-editor' || snapshot.conflicts.length > 0) state.conflicts = snapshot.conflicts;
    state.lastSeenAt = snapshot.capturedAt;
    state.lastCaptureId = snapshot.captureId;
  }
  return { state, changes };
}
