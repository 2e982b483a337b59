import { describe, expect, it } from 'vitest';
import { ingest } from '../../lib/background/ingest';
import { changesInPeriod, lastKnownListings, listingHistory } from '../../lib/db/queries';
import { freshDb } from '../helpers/db';
import { DAY, T0 } from '../helpers/records';
import { pageRead } from '../helpers/reads';

const EDITOR = 'https://sellercentral.amazon.com/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&sku=LUM-1&asin=B0CLMR7X2Q&productType=KITCHEN';
const editor = (brand: string, title = 'Lumora Ceramic Pour-Over Set') =>
  pageRead({
    url: EDITOR,
    pageKind: 'listing-editor',
    title: 'Edit Product Info',
    text: `Edit ${brand}`,
    fields: [
      { name: 'brand-0-value', value: brand, disabled: false },
      { name: 'item_name-0-value', value: title, disabled: false },
    ],
  });
const roles = (text: string, rows: Array<[string, string]>) =>
  pageRead({
    url: 'https://brandregistry.amazon.com/brands',
    pageKind: 'brand-registry',
    text,
    rows: [
      ...rows.map(([brand, role]) => ({ kind: 'brand-role', depth: 0, cells: { brand, role, status: 'Active' } })),
      { kind: 'brand-list', depth: 0, cells: { scope: 'all', reason: 'test', count: String(rows.length) } },
    ],
  });

describe('listing and brand history queries, through the real pipeline', () => {
  it('answers a listing\'s history, the last state of every listing and the changes in a period', async () => {
    const db = freshDb();
    await ingest(db, { read: editor('Lumora'), source: 'auto', now: T0 });
    await ingest(db, { read: editor('Lumora', 'Lumora Pour-Over Set, 600 ml'), source: 'auto', now: T0 + DAY });
    await ingest(db, { read: editor('Lumorra Official', 'Lumora Pour-Over Set, 600 ml'), source: 'auto', now: T0 + 5 * DAY });
    await ingest(db, { read: roles('a', [['Lumora', 'Administrator'], ['Lumora', 'Rights Owner']]), source: 'auto', now: T0 });
    await ingest(db, { read: roles('b', [['Lumora', 'Administrator']]), source: 'auto', now: T0 + 4 * DAY });

    const history = await listingHistory(db, 'B0CLMR7X2Q@US');
    expect(history.snapshots.map((s) => s.brand)).toEqual(['Lumora', 'Lumora', 'Lumorra Official']);
    expect(history.changes.map((c) => `${c.field}: ${c.before} -> ${c.after}`)).toEqual([
      'title: Lumora Ceramic Pour-Over Set -> Lumora Pour-Over Set, 600 ml',
      'brand: Lumora -> Lumorra Official',
    ]);
    expect(await lastKnownListings(db)).toEqual([expect.objectContaining({ listingKey: 'B0CLMR7X2Q@US', brand: 'Lumorra Official', firstSeenAt: T0, lastSeenAt: T0 + 5 * DAY })]);

    const period = await changesInPeriod(db, T0 + 2 * DAY, T0 + 6 * DAY);
    expect(period.listings.map((c) => c.field)).toEqual(['brand']);
    expect(period.brandRoles).toEqual([expect.objectContaining({ brand: 'Lumora', role: 'Rights Owner', change: 'lost', at: T0 + 4 * DAY })]);
  });
});
