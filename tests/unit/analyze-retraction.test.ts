import { describe, expect, it } from 'vitest';
import { retractionCloses, retractionClosesRemoval } from '../../lib/analyze/retraction';
import { takedownFlags } from '../../lib/analyze/takedowns';
import type { Notice } from '../../lib/model/notice';
import { DAY, T0, input, notice, snapshot, captureIdOf } from '../helpers/records';

const retraction = (overrides: Partial<Notice> = {}) =>
  notice({ id: 'text:r', category: 'retraction', action: 'reinstated', complaintIds: [], asins: [], receivedAt: T0 + 3 * DAY, ...overrides });

describe('the one retraction rule', () => {
  const complaint = notice({ complaintIds: ['1472583690'], asins: ['B0CLMR7X2Q'], marketplace: 'UK', receivedAt: T0 });

  it.each<[string, Partial<Notice>, boolean]>([
    ['by the complaint ID it names', { complaintIds: ['1472583690'] }, true],
    ['by its ID even when dated before the complaint (dates in notices are often wrong or missing)', { complaintIds: ['1472583690'], receivedAt: T0 - DAY }, true],
    ['not a complaint it does not name, even on the same ASIN', { complaintIds: ['5566778899'], asins: ['B0CLMR7X2Q'] }, false],
    ['without IDs: the older complaints on its ASIN', { asins: ['B0CLMR7X2Q'], marketplace: 'UK' }, true],
    ['without IDs: a complaint on its ASIN dated the same moment', { asins: ['B0CLMR7X2Q'], marketplace: 'UK', receivedAt: T0 }, true],
    ['without IDs: not a complaint newer than it', { asins: ['B0CLMR7X2Q'], marketplace: 'UK', receivedAt: T0 - DAY }, false],
    ['without IDs: not in another marketplace', { asins: ['B0CLMR7X2Q'], marketplace: 'DE' }, false],
    ['without IDs: an unknown marketplace matches', { asins: ['B0CLMR7X2Q'], marketplace: null }, true],
    ['nothing to match on', {}, false],
    ['never from a sender proven not Amazon', { complaintIds: ['1472583690'], senderIsAmazon: false }, false],
    ['never from an unknown sender (a paste, another site)', { complaintIds: ['1472583690'], senderIsAmazon: null }, false],
    ['never a notice that is no retraction', { complaintIds: ['1472583690'], category: 'ip-complaint', action: 'listing-removed' }, false],
  ])('%s', (_, overrides, expected) => {
    expect(retractionCloses(retraction(overrides), complaint)).toBe(expected);
  });

  it('closes a removal seen on a page by ASIN or a known complaint ID, when dated at or after it', () => {
    const removal = { asin: 'B0CLMR7X2Q', marketplace: 'US', at: T0 + DAY };
    const ids = new Set(['1472583690']);
    expect(retractionClosesRemoval(retraction({ asins: ['B0CLMR7X2Q'] }), removal, ids)).toBe(true);
    expect(retractionClosesRemoval(retraction({ complaintIds: ['1472583690'] }), removal, ids)).toBe(true);
    expect(retractionClosesRemoval(retraction({ asins: ['B0CLMR7X2Q'], receivedAt: T0 }), removal, ids)).toBe(false);
    expect(retractionClosesRemoval(retraction({ asins: ['B0CLMR7X2Q'], senderIsAmazon: null }), removal, ids)).toBe(false);
  });
});

describe('takedowns follow the rule', () => {
  it('two complaints on one ASIN, one retracted: the takedown stays open, naming the other', () => {
    const flags = takedownFlags(
      input({
        notices: [
          notice({ id: 'complaint:1111111111', complaintIds: ['1111111111'], captureIds: [captureIdOf('capture-a')] }),
          notice({ id: 'complaint:2222222222', complaintIds: ['2222222222'], captureIds: [captureIdOf('capture-b')] }),
          retraction({ complaintIds: ['1111111111'], asins: ['B0CLMR7X2Q'], captureIds: [captureIdOf('capture-r')] }),
        ],
      }),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subject: { asin: 'B0CLMR7X2Q', marketplace: 'US' }, resolvedBy: null, evidence: [captureIdOf('capture-b')] });
    expect(flags[0]!.findings.map((finding) => finding.facts.complaintId)).toEqual(['2222222222']);
  });

  it('both retracted: resolved by the first retraction that closes one', () => {
    const flags = takedownFlags(
      input({
        notices: [
          notice({ id: 'complaint:1111111111', complaintIds: ['1111111111'] }),
          notice({ id: 'complaint:2222222222', complaintIds: ['2222222222'] }),
          retraction({ id: 'text:r1', complaintIds: ['1111111111'] }),
          retraction({ id: 'text:r2', complaintIds: ['2222222222'] }),
        ],
      }),
    );
    expect(flags[0]).toMatchObject({ resolvedBy: 'retraction:text:r1' });
    expect(flags[0]!.findings.map((finding) => finding.facts.complaintId)).toEqual(['1111111111', '2222222222']);
  });

  it('a retraction by ID closes the complaint whatever their dates; a later complaint on the ASIN stays open', () => {
    const early = retraction({ complaintIds: ['1472583690'], receivedAt: T0 - 2 * DAY });
    expect(takedownFlags(input({ notices: [notice(), early] }))[0]!.resolvedBy).toBe('retraction:text:r');
    const byAsin = retraction({ asins: ['B0CLMR7X2Q'], receivedAt: T0 + DAY });
    const later = notice({ id: 'complaint:3333333333', complaintIds: ['3333333333'], receivedAt: T0 + 2 * DAY });
    const [flag] = takedownFlags(input({ notices: [notice(), later, byAsin] }));
    expect(flag).toMatchObject({ resolvedBy: null });
    expect(flag!.findings.map((finding) => finding.facts.complaintId)).toEqual(['3333333333']);
  });

  it('a retraction that is not Amazon\'s (pasted, another site, unknown sender) leaves the takedown open', () => {
    for (const senderIsAmazon of [null, false]) {
      const flags = takedownFlags(input({ notices: [notice(), retraction({ complaintIds: ['1472583690'], asins: ['B0CLMR7X2Q'], senderIsAmazon })] }));
      expect(flags[0]!.resolvedBy, String(senderIsAmazon)).toBeNull();
    }
  });

  it('an inventory removal seen after the retraction keeps the listing down', () => {
    const flags = takedownFlags(
      input({
        notices: [retraction({ asins: ['B0CLMR7X2Q'], receivedAt: T0 + DAY })],
        snapshots: [snapshot({ capturedAt: T0 + 2 * DAY, source: 'inventory', status: 'detail-page-removed' })],
      }),
    );
    expect(flags[0]!.resolvedBy).toBeNull();
  });
});
