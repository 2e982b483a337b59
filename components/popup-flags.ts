import Dexie from 'dexie';
import type { BrandSentryDb } from '../lib/db';
import type { Flag, FlagKind, Severity } from '../lib/model/flag';
import { SEVERITIES, worstSeverity } from '../lib/analyze/severity';
import { inMarketplace, sortForAttention, TILES } from './flag-groups';

export interface TileCount {
  count: number;
  worst: Severity | null;
}

export interface PopupFlags {
  tiles: Record<string, TileCount>;
  /** The most urgent open flags, most severe and newest first. */
  top: Flag[];
  /** All open flags (of the chosen marketplace). */
  total: number;
}

/**
 * What the popup shows, read from the flag indexes: tile counts by counting index ranges and the
 * top flags by walking [state+severity+lastSeen] backwards, so a database with thousands of open
 * flags opens as fast as an empty one. A chosen marketplace (rare, the seller's click) takes the
 * plain path over every open flag.
 */
export async function popupFlags(db: BrandSentryDb, marketplace: string | null, limit: number): Promise<PopupFlags> {
  if (marketplace !== null) {
    const open = (await db.flags.where('state').equals('open').toArray()).filter((flag) => inMarketplace(flag, marketplace));
    const tiles = Object.fromEntries(
      TILES.map((tile) => {
        const flags = open.filter((flag) => tile.kinds.includes(flag.kind));
        return [tile.id, { count: flags.length, worst: worstSeverity(flags) }];
      }),
    );
    return { tiles, top: sortForAttention(open).slice(0, limit), total: open.length };
  }
  const countOf = (kind: FlagKind, severity: Severity) => db.flags.where('[state+kind+severity]').equals(['open', kind, severity]).count();
  const tiles: Record<string, TileCount> = {};
  let total = 0;
  for (const tile of TILES) {
    const bySeverity = await Promise.all(SEVERITIES.map(async (severity) => (await Promise.all(tile.kinds.map((kind) => countOf(kind, severity)))).reduce((a, b) => a + b, 0)));
    const count = bySeverity.reduce((a, b) => a + b, 0);
    tiles[tile.id] = { count, worst: SEVERITIES.find((_, i) => bySeverity[i]! > 0) ?? null };
    total += count;
  }
  const top: Flag[] = [];
  for (const severity of SEVERITIES) {
    if (top.length >= limit) break;
    const range = db.flags.where('[state+severity+lastSeen]').between(['open', severity, Dexie.minKey], ['open', severity, Dexie.maxKey]);
    top.push(...(await range.reverse().limit(limit - top.length).toArray()));
  }
  return { tiles, top: sortForAttention(top), total };
}
