import { describe, expect, it } from 'vitest';
import { RecordCache } from '../../lib/background/record-cache';
import { recomputeFlags } from '../../lib/background/recompute';
import { WriteTracker } from '../../lib/db/write-tracker';
import { freshDb } from '../helpers/db';
import { BrandProfile } from '../../lib/model/profile';
import { input, LUMORA, notice } from '../helpers/records';

describe('record cache for recomputes', () => {
  it('reads a table again only after a write to it, whatever the kind of write', async () => {
    const db = freshDb();
    const cache = new RecordCache(db, new WriteTracker(db));
    const first = await cache.table('notices');
    expect(first).toEqual([]);
    expect(await cache.table('notices')).toBe(first); // nothing written: the same rows, not read again

    await db.notices.put(notice());
    const afterPut = await cache.table('notices');
    expect(afterPut).toHaveLength(1);
    expect(await cache.table('notices')).toBe(afterPut);

    await db.notices.update('complaint:1472583690', { subject: 'changed' });
    expect((await cache.table<{ subject: string }>('notices'))[0]!.subject).toBe('changed');
    await db.notices.where('category').equals('ip-complaint').delete();
    expect(await cache.table('notices')).toEqual([]);
    await db.notices.put(notice());
    await db.notices.clear();
    expect(await cache.table('notices')).toEqual([]);
    // Writes elsewhere do not make this table stale.
    const settled = await cache.table('notices');
    await db.settings.put({ key: 'language', value: 'zh' });
    expect(await cache.table('notices')).toBe(settled);
  });

  it('gives the same flags as reading everything, across recomputes and writes', async () => {
    const db = freshDb();
    const cache = new RecordCache(db, new WriteTracker(db));
    const { lists } = input({});
    await db.profile.put({ id: 'me', account: null, profile: BrandProfile.parse(LUMORA), updatedAt: 0 });
    await db.notices.put(notice());
    await recomputeFlags(db, lists, 2_000_000_000_000, cache);
    const withCache = await db.flags.toArray();
    expect(withCache.map((flag) => flag.kind).sort()).toEqual(['listing-takedown', 'suspicious-complainant']);
    // A retraction arrives: the cached notices are stale and must be read again.
    await db.notices.put(notice({ id: 'complaint:1472583690:retraction', category: 'retraction', action: 'reinstated', receivedAt: 1_800_000_000_000 }));
    await recomputeFlags(db, lists, 2_000_000_000_001, cache);
    expect((await db.flags.get('listing-takedown:B0CLMR7X2Q@US'))!.state).toBe('resolved');
  });
});
