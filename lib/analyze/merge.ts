import type { Flag, FlagDraft } from '../model/flag';

/**
 * Recomputed flags meet the stored ones. The seller's state survives recomputation: an
 * acknowledged flag stays acknowledged until newer evidence arrives (then it reopens); a flag
 * whose rule resolved it, or that no rule reports any more, is resolved; new evidence on a
 * resolved flag opens it again.
 */
export function mergeFlags(drafts: readonly FlagDraft[], stored: readonly Flag[], now: number): Flag[] {
  const previous = new Map(stored.map((flag) => [flag.key, flag]));
  const merged: Flag[] = [];
  for (const draft of drafts) {
    const before = previous.get(draft.key);
    previous.delete(draft.key);
    const state = nextState(draft, before);
    // Object.assign, not `{...draft, state}`: V8 copies one object fast, and a spread followed
    // by more properties slowly (thousands of flags on every recompute).
    const flag: Flag = Object.assign({}, draft, {
      state,
      stateChangedAt: before && before.state === state ? before.stateChangedAt : now,
      acknowledgedLastSeen: state === 'acknowledged' ? (before?.acknowledgedLastSeen ?? draft.lastSeen) : null,
    });
    merged.push(flag);
  }
  for (const gone of previous.values()) {
    merged.push(gone.state === 'resolved' ? gone : Object.assign({}, gone, { state: 'resolved' as const, stateChangedAt: now, resolvedBy: gone.resolvedBy ?? 'no-longer-observed' }));
  }
  return merged;
}

function nextState(draft: FlagDraft, before: Flag | undefined): Flag['state'] {
  if (draft.resolvedBy) return 'resolved';
  if (!before) return 'open';
  if (before.state === 'acknowledged') return draft.lastSeen > (before.acknowledgedLastSeen ?? 0) ? 'open' : 'acknowledged';
  // Open, or resolved before and reported unresolved again (new evidence, or seen again).
  return 'open';
}

/** The seller acknowledges a flag: it stays quiet until newer evidence arrives. */
export function acknowledge(flag: Flag, now: number): Flag {
  return { ...flag, state: 'acknowledged', stateChangedAt: now, acknowledgedLastSeen: flag.lastSeen };
}
