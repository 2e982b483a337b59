import { describe, expect, it } from 'vitest';
import { rebuildBrandRoles, type RoleSnapshot } from '../../lib/records/brand-role-history';
import { listingKey, rebuildListing } from '../../lib/records/listing-history';
import { DAY, T0, snapshot, captureIdOf } from '../helpers/records';

describe('listing history', () => {
  it('keys a listing by ASIN, else SKU, in its marketplace', () => {
    expect(listingKey({ asin: 'B0CLMR7X2Q', sku: 'LUM-1', marketplace: 'US' })).toBe('B0CLMR7X2Q@US');
    expect(listingKey({ asin: null, sku: 'LUM-1', marketplace: null })).toBe('sku:LUM-1@?');
    expect(listingKey({ asin: null, sku: null, marketplace: 'US' })).toBeNull();
  });

  it('records each changed field with before, after, when and from which captures', () => {
    const result = rebuildListing([
      snapshot({ capturedAt: T0, brand: 'Lumora', title: 'Set' }),
      snapshot({ capturedAt: T0 + DAY, source: 'inventory', status: 'active', title: 'Set' }),
      snapshot({ capturedAt: T0 + 2 * DAY, brand: 'Lumorra', title: 'Set' }),
    ])!;
    expect(result.changes).toEqual([
      expect.objectContaining({ field: 'brand', before: 'Lumora', after: 'Lumorra', at: T0 + 2 * DAY, captureId: captureIdOf(`capture-${T0 + 2 * DAY}`), previousCaptureId: captureIdOf(`capture-${T0}`) }),
    ]);
    expect(result.state).toMatchObject({ brand: 'Lumorra', status: 'active', title: 'Set', firstSeenAt: T0, lastSeenAt: T0 + 2 * DAY });
  });

  it('gives the same history whatever order the snapshots arrive in', () => {
    const snapshots = [snapshot({ capturedAt: T0 + DAY, brand: 'B' }), snapshot({ capturedAt: T0, brand: 'A' }), snapshot({ capturedAt: T0 + 2 * DAY, brand: 'C' })];
    expect(rebuildListing(snapshots)).toEqual(rebuildListing([...snapshots].reverse()));
    expect(rebuildListing(snapshots)!.changes.map((c) => `${c.before}>${c.after}`)).toEqual(['A>B', 'B>C']);
  });
});

describe('listing removals and activity', () => {
  const seen = (day: number, status: 'active' | 'removed' | 'detail-page-removed' | 'inactive', source: 'inventory' | 'account-health' = 'inventory') =>
    snapshot({ capturedAt: T0 + day * DAY, source, status, statusText: status });

  it('records each removal once per kind of page, until the listing is seen active again', () => {
    const { state } = rebuildListing([
      seen(0, 'active'),
      seen(1, 'detail-page-removed'),
      seen(2, 'detail-page-removed'), // the same removal, read again: not new evidence
      seen(3, 'removed', 'account-health'),
      seen(4, 'inactive'),
      seen(5, 'active'),
      seen(6, 'detail-page-removed'),
    ])!;
    expect(state.removals.map((r) => `${(r.at - T0) / DAY} ${r.source} ${r.status}`)).toEqual([
      '1 inventory detail-page-removed',
      '3 account-health removed',
      '6 inventory detail-page-removed',
    ]);
    expect(state.lastActiveAt).toBe(T0 + 5 * DAY);
  });
});

describe('brand role history', () => {
  const page = (day: number, roles: RoleSnapshot['roles'], complete = true): RoleSnapshot => ({ captureId: `c${day}`, account: null, capturedAt: T0 + day * DAY, complete, roles });
  const admin = { brand: 'Lumora', role: 'Administrator' as const };
  const owner = { brand: 'Lumora', role: 'Rights Owner' as const };
  const other = { brand: 'Nordvik', role: 'Reseller' as const };

  it('takes the first page as the baseline and records a role that disappears as lost, with when', () => {
    const { states, changes } = rebuildBrandRoles([page(0, [admin, owner, other]), page(3, [owner, other])]);
    expect(changes).toEqual([{ id: 'lumora|Administrator:lost:c3', account: null, key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', change: 'lost', at: T0 + 3 * DAY, captureId: 'c3' }]);
    expect(states.find((s) => s.key === 'lumora|Administrator')).toMatchObject({ present: false, lostAt: T0 + 3 * DAY });
  });

  it('records a role regained', () => {
    const { changes } = rebuildBrandRoles([page(0, [admin]), page(1, []), page(2, [admin])]);
    expect(changes.map((c) => c.change)).toEqual(['lost', 'gained']);
  });

  it('lets one account\'s complete brand list speak for that account only', () => {
    const of = (account: string, snapshot: RoleSnapshot): RoleSnapshot => ({ ...snapshot, account, captureId: `${snapshot.captureId}-${account}` });
    const { states, changes } = rebuildBrandRoles([of('A2LUMORA0DIRECT', page(0, [admin])), of('A3NORTHWIND0EU', page(1, [other])), of('A3NORTHWIND0EU', page(2, [other]))]);
    expect(changes).toEqual([]);
    expect(states.map((s) => [s.key, s.account, s.present]).sort()).toEqual([
      ['lumora|Administrator|A2LUMORA0DIRECT', 'A2LUMORA0DIRECT', true],
      ['nordvik|Reseller|A3NORTHWIND0EU', 'A3NORTHWIND0EU', true],
    ]);
  });

  it('lets a page about some brands speak only for those brands', () => {
    const { changes } = rebuildBrandRoles([page(0, [admin, other]), page(1, [owner], false)]);
    expect(changes.map((c) => `${c.change} ${c.key}`)).toEqual(['gained lumora|Rights Owner', 'lost lumora|Administrator']);
  });
});
