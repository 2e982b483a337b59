import { describe, expect, it } from 'vitest';
import { takedownFlags } from '../../lib/analyze/takedowns';
import { DAY, T0, input, notice, snapshot, captureIdOf } from '../helpers/records';

const only = (parts: Parameters<typeof input>[0]) => takedownFlags(input(parts));

describe('listing-takedown', () => {
  it.each([
    ['a notice that removed the listing', { notices: [notice()] }, ['notice-removed-listing']],
    ['an Account Health row "Listing removed"', { snapshots: [snapshot({ capturedAt: T0, source: 'account-health', status: 'removed', statusText: 'Listing removed' })] }, ['account-health-listing-removed']],
    ['inventory "Detail Page Removed"', { snapshots: [snapshot({ capturedAt: T0, source: 'inventory', status: 'detail-page-removed', statusText: 'Detail Page Removed' })] }, ['inventory-detail-page-removed']],
  ])('opens for %s, subject the ASIN in its marketplace', (_, parts, reasons) => {
    const [flag, ...rest] = only(parts);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ kind: 'listing-takedown', subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' }, severity: 'high', reasons, resolvedBy: null });
  });

  it.each([
    ['images removed only', notice({ action: 'images-removed', ipType: 'copyright' })],
    ['a warning without removal', notice({ action: 'warning', category: 'policy-warning' })],
    ['a notice proven not to be from Amazon', notice({ senderIsAmazon: false })],
    ['a retraction', notice({ category: 'retraction', action: 'reinstated' })],
  ])('does not open for %s', (_, n) => {
    expect(only({ notices: [n] })).toEqual([]);
  });

  it('is one flag per ASIN and marketplace, with every piece of evidence', () => {
    const flags = only({
      notices: [notice({ asins: ['B0CLMR7X2Q', 'B0CLMR8Y3R'] })],
      snapshots: [snapshot({ capturedAt: T0 + DAY, source: 'account-health', status: 'removed', captureId: captureIdOf('capture-ah') })],
    });
    expect(flags.map((f) => f.key).sort()).toEqual(['listing-takedown:B0CLMR7X2Q@US', 'listing-takedown:B0CLMR8Y3R@US']);
    const first = flags.find((f) => f.subject.asin === 'B0CLMR7X2Q')!;
    expect(first.reasons).toEqual(['notice-removed-listing', 'account-health-listing-removed']);
    expect(first.evidence).toEqual([captureIdOf('capture-ah'), captureIdOf('capture-notice')]);
  });

  it('puts a notice without marketplace on the ASIN\'s only known marketplace', () => {
    const flags = only({ notices: [notice({ marketplace: null })], snapshots: [snapshot({ capturedAt: T0 - DAY, marketplace: 'UK', status: 'active', source: 'inventory' })] });
    expect(flags.map((f) => f.subject)).toEqual([{ asin: 'B0CLMR7X2Q', marketplace: 'UK' }]);
  });

  it('is resolved by a later retraction of the complaint', () => {
    const [flag] = only({ notices: [notice(), notice({ id: 'text:r', category: 'retraction', action: 'reinstated', complaintIds: ['1472583690'], asins: [], receivedAt: T0 + 3 * DAY })] });
    expect(flag!.resolvedBy).toBe('retraction:text:r');
  });

  it('is resolved by a later reinstatement naming the ASIN', () => {
    const [flag] = only({ notices: [notice(), notice({ id: 'text:r', category: 'retraction', action: 'reinstated', complaintIds: [], receivedAt: T0 + 3 * DAY })] });
    expect(flag!.resolvedBy).toMatch(/^retraction:/);
  });

  it('is not resolved by a retraction older than the removal, nor for another marketplace', () => {
    expect(only({ notices: [notice({ receivedAt: T0 + 5 * DAY }), notice({ id: 'text:r', category: 'retraction', action: 'reinstated', complaintIds: [], receivedAt: T0 })] })[0]!.resolvedBy).toBeNull();
    expect(only({ notices: [notice(), notice({ id: 'text:r', category: 'retraction', action: 'reinstated', complaintIds: [], marketplace: 'DE', receivedAt: T0 + DAY })] })[0]!.resolvedBy).toBeNull();
  });

  const retraction = (id: string, overrides: Parameters<typeof notice>[0] = {}) =>
    notice({ id, category: 'retraction', action: 'reinstated', complaintIds: [], asins: [], receivedAt: T0 + 3 * DAY, ...overrides });

  it.each([
    ['by complaint ID, the first of two', [retraction('text:a', { complaintIds: ['1472583690'] }), retraction('text:b', { complaintIds: ['1472583690'] })], 'retraction:text:a'],
    ['by ASIN, the first in order even when a later one names the complaint', [retraction('text:a', { asins: ['B0CLMR7X2Q'] }), retraction('text:b', { complaintIds: ['1472583690'] })], 'retraction:text:a'],
    ['by the complaint when the first naming the ASIN is older than the removal', [retraction('text:a', { asins: ['B0CLMR7X2Q'], receivedAt: T0 - DAY }), retraction('text:b', { complaintIds: ['1472583690'] })], 'retraction:text:b'],
    ['not by retractions of another ASIN or another complaint', [retraction('text:a', { asins: ['B0CLMR8Y3R'] }), retraction('text:b', { complaintIds: ['9999999999'] })], null],
    ['not by a retraction of the ASIN in another marketplace', [retraction('text:a', { asins: ['B0CLMR7X2Q'], marketplace: 'DE' })], null],
    ['not by a retraction proven not to come from Amazon', [retraction('text:a', { complaintIds: ['1472583690'], senderIsAmazon: false })], null],
  ])('picks the resolving retraction %s', (_, retractions, resolvedBy) => {
    const [flag] = only({ notices: [notice(), ...retractions] });
    expect(flag!.resolvedBy).toBe(resolvedBy);
  });

  it('is resolved when the listing is seen active later, not earlier', () => {
    const active = (at: number) => snapshot({ capturedAt: at, source: 'inventory', status: 'active' });
    expect(only({ notices: [notice()], snapshots: [active(T0 + DAY)] })[0]!.resolvedBy).toBe('listing-active');
    expect(only({ notices: [notice()], snapshots: [active(T0 - DAY)] })[0]!.resolvedBy).toBeNull();
  });

  it('dates an Account Health row by its notice, so a retraction in between still resolves it', () => {
    const row = notice({ id: 'text:row', captureIds: [captureIdOf('capture-ah')], complaintIds: [], receivedAt: T0 });
    const flags = only({
      notices: [row, notice({ id: 'text:r', category: 'retraction', action: 'reinstated', complaintIds: [], receivedAt: T0 + DAY })],
      snapshots: [snapshot({ capturedAt: T0 + 2 * DAY, captureId: captureIdOf('capture-ah'), source: 'account-health', status: 'removed' })],
    });
    expect(flags[0]!.resolvedBy).toMatch(/^retraction:/);
  });
});
