import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrandSentryDb } from '../../lib/db';
import { findEvidence } from '../../lib/evidence';
import { Flag } from '../../lib/model/flag';
import { freshDb } from '../helpers/db';
import { ASIN, capture, CAPTURE_ID, complainantFlag, DOMAIN, domainAge, listingState, notice, profile, screenshot } from './evidence-fixture';

const UNRELATED = 'c'.repeat(64);

describe('findEvidence', () => {
  let db: BrandSentryDb;
  beforeEach(async () => {
    db = freshDb();
    await db.captures.bulkPut([capture(), capture({ id: UNRELATED, screenshotId: null })]);
    await db.screenshots.put(screenshot);
    await db.notices.bulkPut([
      notice(),
      notice({ id: 'complaint:999999999', complaintIds: ['999999999'], asins: ['B0UNRELATE'], complainantDomain: 'elsewhere.com', captureIds: [UNRELATED] }),
    ]);
    await db.listingStates.bulkPut([listingState, { ...listingState, listingKey: 'B0UNRELATE@US', asin: 'B0UNRELATE' }]);
    await db.listingChanges.add({ id: `${listingState.listingKey}:status:${CAPTURE_ID}`, account: null, listingKey: listingState.listingKey, asin: ASIN, marketplace: 'US', field: 'status', before: 'active', after: 'removed', at: 5, captureId: CAPTURE_ID, previousCaptureId: UNRELATED });
    await db.brandRoleChanges.bulkAdd([
      { id: `lumora|Administrator:lost:${CAPTURE_ID}`, account: null, key: 'lumora|Administrator', brand: 'Lumora', role: 'Administrator', change: 'lost', at: 6, captureId: CAPTURE_ID },
      { id: `other|Administrator:lost:${UNRELATED}`, account: null, key: 'other|Administrator', brand: 'Other', role: 'Administrator', change: 'lost', at: 7, captureId: UNRELATED },
    ]);
    await db.domainAges.bulkPut([domainAge, { ...domainAge, domain: 'elsewhere.com' }]);
    await db.flags.put(complainantFlag);
    await db.profile.put({ id: 'me', account: null, profile, updatedAt: 1 });
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('gathers a complainant flag: its notices, the listings they hit, the domain age, captures and screenshots', async () => {
    const input = (await findEvidence(db, { kind: 'flag', key: complainantFlag.key }, { language: 'zh', generatedAt: 42 }))!;
    expect(input.subject).toEqual({ kind: 'flag', flag: complainantFlag });
    expect(input.notices.map((n) => n.id)).toEqual([`complaint:1472583690`]);
    expect(input.listingStates.map((s) => s.listingKey)).toEqual([`${ASIN}@US`]);
    expect(input.listingChanges).toHaveLength(1);
    expect(input.brandRoleChanges.map((c) => c.brand)).toEqual(['Lumora']);
    expect(input.domainAges.map((a) => a.domain)).toEqual([DOMAIN]);
    expect(input.captures.map((c) => c.id)).toEqual([CAPTURE_ID]);
    expect(input.screenshots).toEqual([screenshot]);
    expect(input.profile).toEqual(profile);
    expect([input.language, input.generatedAt]).toEqual(['zh', 42]);
  });

  it('gathers by ASIN and by complainant domain, and a takedown flag by its listing', async () => {
    const byAsin = (await findEvidence(db, { kind: 'asin', asin: ASIN }))!;
    expect(byAsin.notices.map((n) => n.id)).toEqual(['complaint:1472583690']);
    expect(byAsin.domainAges.map((a) => a.domain)).toEqual([DOMAIN]);
    const byDomain = (await findEvidence(db, { kind: 'domain', domain: 'elsewhere.com' }))!;
    expect(byDomain.notices.map((n) => n.id)).toEqual(['complaint:999999999']);
    expect(byDomain.captures.map((c) => c.id)).toEqual([UNRELATED]);

    const takedown = Flag.parse({ ...complainantFlag, key: `listing-takedown:${ASIN}@US`, kind: 'listing-takedown', subject: { asin: ASIN, marketplace: 'US' }, reasons: ['notice-removed-listing'], findings: [{ reason: 'notice-removed-listing', facts: { asin: ASIN } }], evidence: [] });
    await db.flags.put(takedown);
    const byFlag = (await findEvidence(db, { kind: 'flag', key: takedown.key }))!;
    expect(byFlag.notices.map((n) => n.id)).toEqual(['complaint:1472583690']);
    expect(byFlag.listingStates.map((s) => s.listingKey)).toEqual([`${ASIN}@US`]);
  });

  it('returns null for a flag that does not exist', async () => {
    expect(await findEvidence(db, { kind: 'flag', key: 'listing-takedown:NOPE' })).toBeNull();
  });
});
