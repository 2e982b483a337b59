import { type BrandSentryDb, DATABASE_NAME } from '../db';
import type { Capture } from '../model/capture';
import type { Flag } from '../model/flag';
import { readBackup } from './read';
import { type Said, said } from '../said';

/** What merging a colleague's backup did, in rows of the tables it merges. */
export interface MergeCounts {
  /** Rows theirs had and ours had not: added. */
  added: number;
  /** Rows both had (by their content ids), agreeing: at most their sighting times merged. */
  had: number;
  /** Rows both had that disagree on what someone decided: a flag's state, a profile, an account's name. One is kept by the rules below. */
  conflicts: number;
}
export type MergeResult = ({ ok: true } & MergeCounts & { captures: string[] }) | { ok: false; error: Said };

/**
 * The tables a merge takes from a colleague's backup: what people saw (captures, screenshots),
 * which accounts exist, their profiles, and what they decided about flags. The derived tables
 * (notices, listings, roles, offers) are not copied: the captures added are read again here, which
 * rebuilds them exactly as on the colleague's machine (their keys come from the captures'
 * content). Settings stay this browser's own.
 */
const MERGED = ['captures', 'screenshots', 'accounts', 'profile', 'flags'] as const;

/**
 * Adds a colleague's backup to this database without losing a row of ours. Idempotent: every key
 * is a content hash or derived from one, so a row both have is recognised as such, and merging the
 * same backup twice adds nothing the second time. A row both have with different content is a
 * conflict: a capture or screenshot is the same page however often read (ours kept; the earliest
 * first and latest last sighting taken), a profile or account stays ours, and a flag takes the
 * newer state, except that an acknowledgement is never lost to an older or no newer evidence.
 * Everything is validated before anything is written (lib/backup/read.ts), and written in one
 * transaction; the captures added are then interpreted (`interpret`, the background's own).
 */
export async function mergeBackup(db: BrandSentryDb, text: string, interpret: (capture: Capture) => Promise<unknown>): Promise<MergeResult> {
  const keyPaths = new Map(db.tables.map((table) => [table.name, typeof table.schema.primKey.keyPath === 'string' ? table.schema.primKey.keyPath : null]));
  const checked = readBackup(text, { acceptedNames: [DATABASE_NAME, db.name], keyPaths });
  if (!checked.ok) return checked;
  const counts: MergeCounts = { added: 0, had: 0, conflicts: 0 };
  const addedCaptures: Capture[] = [];
  try {
    await db.transaction('rw', MERGED.map((name) => db.table(name)), async () => {
      for (const name of MERGED) {
        const theirs = (checked.rows.get(name) ?? []) as Array<Record<string, unknown>>;
        if (theirs.length === 0) continue;
        const table = db.table(name);
        const keyPath = keyPaths.get(name)!;
        const ours = await table.bulkGet(theirs.map((row) => row[keyPath] as string));
        const writes: unknown[] = [];
        theirs.forEach((row, index) => {
          const mine = ours[index] as Record<string, unknown> | undefined;
          if (!mine) {
            counts.added += 1;
            writes.push(row);
            if (name === 'captures') addedCaptures.push(row as unknown as Capture);
            return;
          }
          if (conflicting(name, mine, row)) counts.conflicts += 1;
          else counts.had += 1;
          if (same(mine, row)) return;
          const kept = resolve(name, mine, row);
          if (!same(kept, mine)) writes.push(kept);
        });
        if (writes.length) await table.bulkPut(writes);
      }
    });
  } catch (error) {
    return { ok: false, error: said('mergeWriteFailed', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 500) }) };
  }
  // Their captures' records, rebuilt the way ours are (one capture at a time, each its own transaction).
  for (const capture of addedCaptures) await interpret(capture);
  return { ok: true, ...counts, captures: addedCaptures.map((capture) => capture.id) };
}

/**
 * Two rows of one key that disagree on a decision. The same capture or screenshot is the same
 * content (its id is its hash): read at other times, it is no conflict.
 */
function conflicting(table: (typeof MERGED)[number], mine: Record<string, unknown>, theirs: Record<string, unknown>): boolean {
  if (table === 'flags') return mine.state !== theirs.state || mine.acknowledgedLastSeen !== theirs.acknowledgedLastSeen;
  if (table === 'profile') return !same(mine.profile, theirs.profile);
  if (table === 'accounts') return mine.name !== null && theirs.name !== null && mine.name !== theirs.name;
  return false;
}

/** Two rows alike, whatever the order of their fields. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
}

/** Which of two different rows with one key is kept (the merged row, or ours unchanged). */
function resolve(table: (typeof MERGED)[number], mine: Record<string, unknown>, theirs: Record<string, unknown>): Record<string, unknown> {
  if (table === 'flags') return newerFlag(mine as unknown as Flag, theirs as unknown as Flag) as unknown as Record<string, unknown>;
  if (table === 'captures') {
    const a = mine as unknown as Capture;
    const b = theirs as unknown as Capture;
    // The same page: ours, seen over both spans, with a screenshot if either has one.
    return { ...a, capturedAt: Math.min(a.capturedAt, b.capturedAt), lastSeenAt: Math.max(a.lastSeenAt, b.lastSeenAt), screenshotId: a.screenshotId ?? b.screenshotId } as unknown as Record<string, unknown>;
  }
  if (table === 'accounts') {
    // One account seen on two machines: what either saw of its name, over both spans.
    const firstSeenAt = Math.min(Number(mine.firstSeenAt), Number(theirs.firstSeenAt));
    const newer = Number(theirs.lastSeenAt) > Number(mine.lastSeenAt) ? theirs : mine;
    return { ...mine, name: newer.name ?? mine.name ?? theirs.name, region: newer.region ?? mine.region ?? theirs.region, firstSeenAt, lastSeenAt: newer.lastSeenAt };
  }
  return mine;
}

/**
 * The newer state of a flag both have (by when its state last changed); an acknowledgement
 * survives a newer "open" that has no evidence newer than what was acknowledged: both people's
 * rules recomputed the same flag, and only one of them looked at it.
 */
export function newerFlag(mine: Flag, theirs: Flag): Flag {
  const newer = theirs.stateChangedAt > mine.stateChangedAt ? theirs : mine;
  const older = newer === theirs ? mine : theirs;
  const acknowledged = older.state === 'acknowledged' && newer.state === 'open' && (older.acknowledgedLastSeen ?? 0) >= newer.lastSeen;
  const state = acknowledged ? { state: older.state, stateChangedAt: older.stateChangedAt, acknowledgedLastSeen: older.acknowledgedLastSeen } : {};
  return { ...newer, ...state };
}
