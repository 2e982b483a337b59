import { describe, expect, it } from 'vitest';
import { acknowledge, mergeFlags } from '../../lib/analyze/merge';
import type { Flag, FlagDraft } from '../../lib/model/flag';

const draft = (overrides: Partial<FlagDraft> = {}): FlagDraft => ({
  key: 'listing-takedown:B0CLMR7X2Q@US',
  account: null,
  kind: 'listing-takedown',
  severity: 'high',
  subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' },
  marketplace: 'US',
  reasons: ['notice-removed-listing'],
  findings: [{ reason: 'notice-removed-listing', facts: {} }],
  evidence: ['c1'],
  firstSeen: 100,
  lastSeen: 100,
  resolvedBy: null,
  ...overrides,
});

describe('flag state across recomputations', () => {
  it('opens a new flag', () => {
    expect(mergeFlags([draft()], [], 1_000)).toEqual([expect.objectContaining({ state: 'open', stateChangedAt: 1_000 })]);
  });

  it('keeps an acknowledged flag acknowledged while nothing new arrives', () => {
    const [open] = mergeFlags([draft()], [], 1_000);
    const acknowledged = acknowledge(open!, 2_000);
    const [again] = mergeFlags([draft()], [acknowledged], 3_000);
    expect(again).toMatchObject({ state: 'acknowledged', stateChangedAt: 2_000, acknowledgedLastSeen: 100 });
  });

  it('reopens an acknowledged flag when newer evidence arrives', () => {
    const acknowledged = acknowledge(mergeFlags([draft()], [], 1_000)[0]!, 2_000);
    const [again] = mergeFlags([draft({ lastSeen: 500, evidence: ['c1', 'c2'] })], [acknowledged], 3_000);
    expect(again).toMatchObject({ state: 'open', stateChangedAt: 3_000, acknowledgedLastSeen: null });
  });

  it('resolves a flag its rule resolved, and one no rule reports any more', () => {
    const stored = mergeFlags([draft(), draft({ key: 'k2', subject: { domain: 'x' } })], [], 1_000);
    const merged = mergeFlags([draft({ resolvedBy: 'listing-active' })], stored, 2_000);
    expect(merged.find((f) => f.key === 'listing-takedown:B0CLMR7X2Q@US')).toMatchObject({ state: 'resolved', resolvedBy: 'listing-active' });
    expect(merged.find((f) => f.key === 'k2')).toMatchObject({ state: 'resolved', resolvedBy: 'no-longer-observed', stateChangedAt: 2_000 });
  });

  it('gives, with nothing new, flags identical to the stored ones (field order too), so none is rewritten', () => {
    // lib/background/recompute.ts writes the flags whose JSON changed.
    const stored = mergeFlags([draft(), draft({ key: 'k2', subject: { domain: 'x' } })], [], 1_000);
    const again = mergeFlags([draft()], stored, 2_000);
    expect(JSON.stringify(again[0])).toBe(JSON.stringify(stored[0]));
    expect(Object.keys(again[0]!)).toEqual([...Object.keys(draft()), 'state', 'stateChangedAt', 'acknowledgedLastSeen']);
    const resolved = again.find((f) => f.key === 'k2')!;
    expect(JSON.stringify(mergeFlags([draft()], again, 3_000).find((f) => f.key === 'k2'))).toBe(JSON.stringify(resolved));
  });

  it('reopens a resolved flag reported again', () => {
    const resolved: Flag = { ...mergeFlags([draft({ resolvedBy: 'listing-active' })], [], 1_000)[0]! };
    expect(mergeFlags([draft({ lastSeen: 900 })], [resolved], 2_000)[0]).toMatchObject({ state: 'open', resolvedBy: null });
  });
});
