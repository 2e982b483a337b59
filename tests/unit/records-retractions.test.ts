import { afterEach, describe, expect, it } from 'vitest';
import { storeInterpretation } from '../../lib/background/store-records';
import type { BrandSentryDb } from '../../lib/db';
import type { Interpretation } from '../../lib/interpret';
import { Capture } from '../../lib/model/capture';
import type { Notice, NoticeDraft } from '../../lib/model/notice';
import { retractionClears } from '../../lib/notices';
import { freshDb } from '../helpers/db';
import { random } from '../helpers/prng';
import { pageRead } from '../helpers/reads';
import { DAY, T0, notice } from '../helpers/records';

/** A notice as the parser gives it: the helper's stored notice without what storing adds. */
function draft(overrides: Partial<NoticeDraft> = {}): NoticeDraft {
  const { id: _id, captureIds: _captureIds, firstCapturedAt: _first, clears: _clears, ...rest } = notice(overrides);
  return rest;
}

const retraction = (overrides: Partial<NoticeDraft> = {}) => draft({ category: 'retraction', action: 'reinstated', ...overrides });

let captures = 0;
/** Stores one capture that reads these notices (a page or an e-mail), as the background does. */
async function store(db: BrandSentryDb, drafts: NoticeDraft[], id = (++captures).toString(16).padStart(64, '0')): Promise<string> {
  const capturedAt = T0 + captures * DAY;
  const capture = Capture.parse({
    id,
    source: 'auto',
    capturedAt,
    lastSeenAt: capturedAt,
    url: 'https://sellercentral.amazon.com/performance/notifications',
    pageKind: 'performance-notifications',
    marketplace: 'US',
    account: null,
    read: pageRead({ pageKind: 'performance-notifications' }),
    screenshotId: null,
    parserVersion: 1,
    status: 'interpreted',
    statusReason: null,
  });
  const interpretation: Interpretation = {
    status: 'interpreted',
    reason: null,
    notices: drafts.map((d, i) => ({ draft: d, text: `${id} notice ${i} ${d.subject ?? ''}` })),
    listings: [],
    brandRoles: null,
    offers: [],
  };
  await storeInterpretation(db, capture, interpretation, { status: 'interpreted', statusReason: null, parserVersion: 1 });
  return id;
}

const clearsOf = async (db: BrandSentryDb) =>
  Object.fromEntries((await db.notices.where('category').equals('retraction').toArray()).map((notice) => [notice.id, notice.clears]));

const dbs: BrandSentryDb[] = [];
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('retractions linked to the complaints they clear, when either is stored', () => {
  it.each<[string, NoticeDraft[][], Record<string, string[]>]>([
    ['complaint, then its retraction by complaint ID', [[draft()], [retraction({ asins: [] })]], { 'complaint:1472583690:retraction': ['complaint:1472583690'] }],
    ['retraction first, then the complaint', [[retraction({ asins: [] })], [draft()]], { 'complaint:1472583690:retraction': ['complaint:1472583690'] }],
    [
      'retraction by ASIN (no ID): the complaints on that ASIN in its marketplace',
      [[draft({ complaintIds: [] }), draft({ complaintIds: [], marketplace: 'DE', subject: 'de' })], [retraction({ complaintIds: [], subject: 'r' })]],
      { 'text:': ['text:'] },
    ],
    [
      'a complaint arriving later on another ASIN and ID leaves it as it was',
      [[draft()], [retraction({ asins: [] })], [draft({ complaintIds: ['2222222222'], asins: ['B0CLMR8Y3R'] })]],
      { 'complaint:1472583690:retraction': ['complaint:1472583690'] },
    ],
    [
      'a second complaint named by the retraction is added when it arrives',
      [[retraction({ complaintIds: ['1472583690', '2222222222'], asins: [] })], [draft()], [draft({ complaintIds: ['2222222222'], asins: ['B0CLMR8Y3R'] })]],
      { 'complaint:1472583690:retraction': ['complaint:1472583690', 'complaint:2222222222'] },
    ],
    [
      'counterfeit and policy complaints too, in category order',
      [[draft({ category: 'policy-warning', complaintIds: ['3333333333'] }), draft({ category: 'counterfeit', complaintIds: ['4444444444'] })], [retraction({ complaintIds: ['3333333333', '4444444444'] })]],
      { 'complaint:3333333333:retraction': ['complaint:4444444444', 'complaint:3333333333'] },
    ],
  ])('%s', async (_, captureList, expected) => {
    const db = open();
    for (const drafts of captureList) await store(db, drafts);
    const clears = await clearsOf(db);
    // Text identities are hashes: compare them by their prefix.
    const shorten = (id: string) => (id.startsWith('text:') ? 'text:' : id);
    expect(Object.fromEntries(Object.entries(clears).map(([id, list]) => [shorten(id), list.map(shorten)]))).toEqual(expected);
  });

  it('forgets a complaint its only capture no longer shows (re-interpreted)', async () => {
    const db = open();
    const complaintCapture = await store(db, [draft()]);
    await store(db, [retraction({ asins: [] })]);
    expect(await clearsOf(db)).toEqual({ 'complaint:1472583690:retraction': ['complaint:1472583690'] });
    await store(db, [], complaintCapture);
    expect(await clearsOf(db)).toEqual({ 'complaint:1472583690:retraction': [] });
  });

  it('gives every retraction what matching it against every complaint gives (generated captures)', async () => {
    const rng = random(11);
    const db = open();
    const asins = ['B0AAAAAAA1', 'B0AAAAAAA2', 'B0AAAAAAA3', 'B0AAAAAAA4'];
    const ids = ['1000000001', '1000000002', '1000000003', '1000000004', '1000000005'];
    const stored: string[] = [];
    for (let step = 0; step < 40; step++) {
      if (stored.length > 0 && rng.chance(0.15)) {
        // Re-interpreted as showing nothing now.
        await store(db, [], rng.pick(stored));
        continue;
      }
      const drafts = Array.from({ length: rng.int(1, 3) }, (_, i) => {
        const fields = {
          complaintIds: rng.chance(0.6) ? [rng.pick(ids)] : [],
          asins: rng.chance(0.8) ? [rng.pick(asins)] : [],
          marketplace: rng.pick(['US', 'US', 'DE', null]),
          subject: `step ${step} notice ${i}`,
        };
        return rng.chance(0.35) ? retraction(fields) : draft({ ...fields, category: rng.pick(['ip-complaint', 'counterfeit', 'policy-warning', 'other'] as const) });
      });
      stored.push(await store(db, drafts));
    }
    const all = await db.notices.toArray();
    const complaints = all.filter((n) => ['ip-complaint', 'counterfeit', 'policy-warning'].includes(n.category)).sort(byCategoryThenId);
    const retractions = all.filter((n) => n.category === 'retraction');
    expect(retractions.length).toBeGreaterThan(3);
    expect(retractions.some((r) => r.clears.length > 0)).toBe(true);
    for (const r of retractions) expect({ id: r.id, clears: r.clears }).toEqual({ id: r.id, clears: retractionClears(r, complaints) });
  });
});

/** The order a whole-table read by the category index gives. */
function byCategoryThenId(a: Notice, b: Notice): number {
  return a.category < b.category ? -1 : a.category > b.category ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
