/**
 * The version 4 upgrade: every listing state rebuilt from its snapshots, with its removal
 * episodes and when it was last seen active. Frozen with the version it belongs to: the rows
 * it reads and writes are typed here as they were at version 4, and nothing of today's code is
 * imported, so later changes to the records code cannot change what this upgrade does.
 */

/** A listing snapshot as stored at version 4 (the fields this upgrade reads). */
export interface V4Snapshot {
  id?: number;
  listingKey: string;
  asin: string | null;
  sku: string | null;
  marketplace: string | null;
  source: string;
  capturedAt: number;
  captureId: string;
  brand: string | null;
  manufacturer: string | null;
  title: string | null;
  status: string | null;
  statusText: string | null;
  lockedAttributes: string[] | null;
  conflicts: unknown[];
}

/** A listing state as version 4 writes it. */
export interface V4ListingState {
  listingKey: string;
  asin: string | null;
  sku: string | null;
  marketplace: string | null;
  brand: string | null;
  manufacturer: string | null;
  title: string | null;
  status: string | null;
  statusText: string | null;
  lockedAttributes: string[];
  conflicts: unknown[];
  firstSeenAt: number;
  lastSeenAt: number;
  lastCaptureId: string;
  removals: { at: number; captureId: string; source: string; status: string; statusText: string | null }[];
  lastActiveAt: number | null;
}

const REMOVED = new Set(['removed', 'detail-page-removed']);

/** One listing's state from all its snapshots, as the records code of version 4 built it. */
export function v4ListingState(snapshots: readonly V4Snapshot[]): V4ListingState | null {
  const ordered = [...snapshots].sort((a, b) => a.capturedAt - b.capturedAt || (a.id ?? 0) - (b.id ?? 0));
  const first = ordered[0];
  if (!first) return null;
  const state: V4ListingState = {
    listingKey: first.listingKey,
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
  // Sources that reported the current removal episode: each is recorded once per episode.
  let episode: Set<string> | null = null;
  for (const snapshot of ordered) {
    state.asin = snapshot.asin ?? state.asin;
    state.sku = snapshot.sku ?? state.sku;
    state.brand = snapshot.brand ?? state.brand;
    state.manufacturer = snapshot.manufacturer ?? state.manufacturer;
    state.title = snapshot.title ?? state.title;
    if (snapshot.status) {
      state.status = snapshot.status;
      state.statusText = snapshot.statusText;
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
  return state;
}
