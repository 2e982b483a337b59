import { describe, expect, it } from 'vitest';
import { brandControlFlags } from '../../lib/analyze/brand-control';
import type { BrandRoleChange, BrandRoleState } from '../../lib/model/brand-role';
import { DAY, T0, input, snapshot, captureIdOf } from '../helpers/records';

const editor = (day: number, overrides: Parameters<typeof snapshot>[0] extends infer P ? Partial<P> : never = {}) =>
  snapshot({ capturedAt: T0 + day * DAY, source: 'listing-editor', brand: 'Lumora', title: 'Lumora Ceramic Pour-Over Set', lockedAttributes: [], ...overrides });

const flagsOf = (parts: Parameters<typeof input>[0]) => brandControlFlags(input(parts));

describe('hijacked-brand-control', () => {
  it('stays quiet for the seller\'s own unchanged listing', () => {
    expect(flagsOf({ snapshots: [editor(0), editor(1)] })).toEqual([]);
  });

  it('brand-changed: the brand on the listing changed from its earlier value (high)', () => {
    const [flag] = flagsOf({ snapshots: [editor(0), editor(2, { brand: 'Lumorra Official' })] });
    expect(flag).toMatchObject({ kind: 'hijacked-brand-control', subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' }, severity: 'high' });
    expect(flag!.reasons).toContain('brand-changed');
    expect(flag!.findings).toContainEqual({ reason: 'brand-changed', facts: { asin: 'B0CLMR7X2Q', before: 'Lumora', after: 'Lumorra Official' } });
    expect(flag!.evidence).toEqual([captureIdOf(`capture-${T0}`), captureIdOf(`capture-${T0 + 2 * DAY}`)]);
  });

  it('brand-changed: a listing whose brand is not one of the seller\'s brands or aliases (medium)', () => {
    const [flag] = flagsOf({ snapshots: [editor(0, { brand: 'Zentrix' })] });
    expect(flag).toMatchObject({ severity: 'medium', reasons: ['brand-changed'] });
    expect(flagsOf({ snapshots: [editor(0, { brand: 'lumora home' })] })).toEqual([]);
  });

  it('is resolved (no longer reported) once the brand is restored', () => {
    expect(flagsOf({ snapshots: [editor(0), editor(1, { brand: 'Other' }), editor(2)] })).toEqual([]);
  });

  it('brand-conflict-error: 8541 brand Merchant vs Amazon, and 5461 not approved for brand', () => {
    const [flag] = flagsOf({ snapshots: [editor(0, { conflicts: [{ attribute: 'brand', merchant: 'Lumora', amazon: 'Lumorra', code: '8541' }] })] });
    expect(flag).toMatchObject({ severity: 'high', reasons: ['brand-conflict-error'] });
    expect(flagsOf({ snapshots: [editor(0, { conflicts: [{ attribute: 'brand', merchant: null, amazon: null, code: '5461' }] })] })[0]!.reasons).toEqual(['brand-conflict-error']);
  });

  it('ignores conflicts on other attributes (size) as brand control', () => {
    expect(flagsOf({ snapshots: [editor(0, { conflicts: [{ attribute: 'size', merchant: 'S', amazon: 'M', code: '8541' }] })] })).toEqual([]);
  });

  it('locked-attribute: fields the seller could edit are now locked; brand locked is high', () => {
    const [flag] = flagsOf({ snapshots: [editor(0), editor(1, { lockedAttributes: ['brand', 'item_name'] })] });
    expect(flag).toMatchObject({ severity: 'high', reasons: ['locked-attribute'] });
    expect(flag!.findings[0]!.facts.attributes).toBe('brand, item_name');
    expect(flagsOf({ snapshots: [editor(0), editor(1, { lockedAttributes: ['bullet_point'] })] })[0]!.severity).toBe('medium');
  });

  it('locked-attribute needs an earlier editable state, and a field unlocked again clears it', () => {
    expect(flagsOf({ snapshots: [editor(0, { lockedAttributes: ['brand'] })] })).toEqual([]);
    expect(flagsOf({ snapshots: [editor(0), editor(1, { lockedAttributes: ['brand'] }), editor(2, { lockedAttributes: [] })] })).toEqual([]);
  });

  it('content-changed: title, bullets or images changed between snapshots', () => {
    const [flag] = flagsOf({ snapshots: [editor(0, { imagesDigest: 'aaa' }), editor(1, { title: 'Cheap pour-over set', imagesDigest: 'bbb' })] });
    expect(flag).toMatchObject({ severity: 'medium', reasons: ['content-changed'] });
    expect(flag!.findings.map((f) => f.facts.field).sort()).toEqual(['imagesDigest', 'title']);
  });

  it('does not call a page that did not show a field a change', () => {
    const inventory = snapshot({ capturedAt: T0 + DAY, source: 'inventory', status: 'active', title: null, brand: null });
    expect(flagsOf({ snapshots: [editor(0), inventory] })).toEqual([]);
  });

  it('brand-role-lost: a role gone from Brand Registry, subject the brand; regained clears it', () => {
    const role = (present: boolean): BrandRoleState => ({ key: 'lumora|Administrator', account: null, brand: 'Lumora', role: 'Administrator', present, firstSeenAt: T0, lastSeenAt: T0, lostAt: present ? null : T0 + DAY, lastCaptureId: 'c2' });
    const lost: BrandRoleChange = { id: 'lumora|Administrator:lost:c2', account: null, key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', change: 'lost', at: T0 + DAY, captureId: 'c2' };
    const [flag] = flagsOf({ brandRoles: [role(false)], brandRoleChanges: [lost] });
    expect(flag).toMatchObject({ subject: { brand: 'Lumora' }, severity: 'high', reasons: ['brand-role-lost'], evidence: ['c2'] });
    expect(flagsOf({ brandRoles: [role(true)], brandRoleChanges: [lost] })).toEqual([]);
  });
});
