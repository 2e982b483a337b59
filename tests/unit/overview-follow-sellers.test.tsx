// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followSellerFlags } from '../../lib/analyze/follow-sellers';
import { database } from '../../lib/db';
import type { Flag } from '../../lib/model/flag';
import { BrandProfile } from '../../lib/model/profile';
import { translator } from '../../lib/i18n';
import { drawFollowSellers } from '../../lib/overview/draw-offers';
import type { DrawText } from '../../lib/overview/draw';
import { followSellerKey, followSellerListings } from '../../lib/overview/follow-sellers';
import { drawingMarkup } from '../../lib/overview/svg';
import { ASIN, AT, HIJACKER, offer, offerRecords, OWN, RESELLER, snapshot } from '../helpers/offers';
import { DAY, LUMORA } from '../helpers/records';
import { mountDashboard, unmount, until } from './dashboard-helpers';

const BARGAIN = 'A3BARGAINHUB9Z';
const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
const PROFILE = BrandProfile.parse({ ...LUMORA, sellerIds: [OWN], brands: [{ ...LUMORA.brands![0], authorizedSellers: [RESELLER] }] });
const TEXT: DrawText = { t: translator('en'), shortDay: iso, day: iso, count: String };

/**
 * A listing's offers over four days: the hijacker comes at 24.99 and drops to 19.99 with the
 * featured offer; a second seller comes two days later above your price; your own offer goes
 * from 26.99 to 25.99; the authorized reseller is there throughout and is not a follow-seller.
 */
function history() {
  return offerRecords([
    snapshot(AT, [offer(OWN, 26.99, { featured: true }), offer(HIJACKER, 24.99), offer(RESELLER, 27.49)]),
    snapshot(AT + 2 * DAY, [offer(OWN, 26.99, { featured: true }), offer(HIJACKER, 24.99), offer(BARGAIN, 28.5, { sellerName: 'Bargain Hub' }), offer(RESELLER, 27.49)]),
    snapshot(AT + 3 * DAY, [offer(HIJACKER, 19.99, { featured: true }), offer(OWN, 25.99), offer(BARGAIN, 28.5, { sellerName: 'Bargain Hub' }), offer(RESELLER, 27.49)]),
  ]);
}

/** The open follow-seller flags of these records, as the background stores them. */
function storedFlags(records: ReturnType<typeof history>): Flag[] {
  return followSellerFlags({ ...records, profile: PROFILE, now: AT + 4 * DAY }).map((draft) => ({ ...draft, state: 'open', stateChangedAt: AT, acknowledgedLastSeen: null }));
}

/** Each seller's group in a drawing, as the tests read it back. */
function drawnSellers(root: ParentNode) {
  return [...root.querySelectorAll('svg.offers g.seller')].map((g) => ({
    seller: g.getAttribute('data-seller-id'),
    firstSeen: g.getAttribute('data-first-seen'),
    price: Number(g.getAttribute('data-price')),
    yours: Number(g.getAttribute('data-your-price')),
    under: Number(g.getAttribute('data-percent-under')),
    featured: g.getAttribute('data-featured'),
    cx: Number(g.querySelector('circle.price')!.getAttribute('cx')),
    gap: [Number(g.querySelector('line.gap')!.getAttribute('x1')), Number(g.querySelector('line.gap')!.getAttribute('x2'))],
  }));
}

/** The facts as the records say them, worked out here without lib/overview: first read showing each seller, its newest price, your price on that read. */
function expectedFromRecords(records: ReturnType<typeof history>) {
  const reads = [...records.offerSnapshots].sort((a, b) => a.capturedAt - b.capturedAt);
  return [HIJACKER, BARGAIN].map((seller) => {
    const showing = reads.filter((read) => read.offers.some((o) => o.sellerId === seller));
    const last = showing[showing.length - 1]!;
    const price = last.offers.find((o) => o.sellerId === seller)!.price!;
    const yours = last.offers.find((o) => o.sellerId === OWN)!.price!;
    return { seller, firstSeen: iso(showing[0]!.capturedAt), price, yours, under: Math.round((1 - price / yours) * 100), featured: String(last.offers.find((o) => o.sellerId === seller)!.featured) };
  });
}

describe('follow-sellers: when each appeared, their price against yours (pure)', () => {
  it('lists the flagged sellers in the order they appeared, with their newest price and yours on the same read', () => {
    const records = history();
    const chosen = new Set(storedFlags(records).map((flag) => followSellerKey(flag.subject)!));
    const [listing, ...others] = followSellerListings(chosen, { ...records, profileOf: () => PROFILE });
    expect(others).toEqual([]);
    expect(listing!.sellers.map((row) => row.sellerId)).toEqual([HIJACKER, BARGAIN]);
    expect(listing!.yourPrice).toBe(25.99);
    expect(listing!.sellers.map((row) => [row.price, row.yourPrice, row.percentUnder, row.featured])).toEqual([
      [19.99, 25.99, 23, true],
      [28.5, 25.99, -10, false],
    ]);
  });

  it('draws each seller\'s dot on one price scale, your price as a line, and the gap between them', () => {
    const records = history();
    const chosen = new Set(storedFlags(records).map((flag) => followSellerKey(flag.subject)!));
    const [listing] = followSellerListings(chosen, { ...records, profileOf: () => PROFILE });
    const drawing = drawFollowSellers(listing!, TEXT);
    const doc = new DOMParser().parseFromString(drawingMarkup(drawing, 'offers'), 'text/html');
    const drawn = drawnSellers(doc);
    expect(drawn.map(({ cx, gap, ...facts }) => facts)).toEqual(expectedFromRecords(records));
    const yourX = Number(doc.querySelector('g.your-price line')!.getAttribute('x1'));
    // One linear scale: every dot's distance from your line is proportional to its price's distance from yours.
    const unit = (drawn[0]!.cx - yourX) / (drawn[0]!.price - 25.99);
    expect(unit).toBeGreaterThan(0);
    for (const row of drawn) {
      expect(row.cx - yourX).toBeCloseTo((row.price - row.yours) * unit, 0);
      expect(row.gap).toEqual([yourX, row.cx]);
    }
    expect(drawn[0]!.cx).toBeLessThan(yourX); // cheaper: left of your price
    expect(drawn[1]!.cx).toBeGreaterThan(yourX);
    expect(drawing.summary).toBe(`${ASIN} (US): 2 sellers without your authorization. The cheapest, QuickDeals Store (${HIJACKER}), sells at 19.99 USD, 23% under your 25.99 USD. QuickDeals Store (${HIJACKER}) holds the featured offer.`);
  });
});

describe('the overview page draws the follow-sellers of the records', () => {
  beforeEach(async () => {
    await database().delete();
    await database().open();
  });
  afterEach(unmount);

  it('one picture per listing, the drawn values those of the records, and a table whose names lead to each flag', async () => {
    const records = history();
    const db = database();
    await db.offerSnapshots.bulkPut(records.offerSnapshots);
    await db.offerSellers.bulkPut(records.offerSellers);
    await db.flags.bulkPut(storedFlags(records));
    await db.profile.put({ id: 'me', account: null, profile: PROFILE, updatedAt: 1 });
    const root = mountDashboard('#/');
    await until(() => !!root.querySelector('svg.offers g.seller'), 'the follow-sellers picture');
    expect(root.querySelectorAll('article.listing-offers')).toHaveLength(1);
    expect(drawnSellers(root).map(({ cx, gap, ...facts }) => facts)).toEqual(expectedFromRecords(records));
    const svg = root.querySelector('svg.offers')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('2 sellers without your authorization');
    // The next step is for the seller holding the featured offer.
    const next = root.querySelector('article.listing-offers .next-step')!;
    expect(next.getAttribute('data-step')).toBe('report-violation');
    expect(next.getAttribute('aria-label')).toContain(HIJACKER);
    const links = [...root.querySelectorAll('.follow-sellers tbody th a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([`#/flag/${encodeURIComponent(`follow-seller:${ASIN}@US;seller=${HIJACKER}`)}`, `#/flag/${encodeURIComponent(`follow-seller:${ASIN}@US;seller=${BARGAIN}`)}`]);
  });

  it('a resolved flag\'s seller is not drawn; with none, it says where to allow the watch', async () => {
    const records = history();
    const db = database();
    await db.offerSnapshots.bulkPut(records.offerSnapshots);
    await db.offerSellers.bulkPut(records.offerSellers);
    await db.flags.bulkPut(storedFlags(records).map((flag) => ({ ...flag, state: 'resolved' as const })));
    const root = mountDashboard('#/');
    await until(() => !!root.querySelector('#follow-sellers-heading'), 'the follow-sellers section');
    expect(root.querySelector('svg.offers')).toBeNull();
    expect(root.textContent).toContain('No follow-sellers on your listings.');
    expect(root.querySelector('a[href$="options.html"]')).not.toBeNull();
  });
});

describe('the same picture in the evidence report', () => {
  it('a follow-seller flag\'s pack draws its listing\'s follow-sellers, with the same values and a table', async () => {
    const { buildEvidencePack } = await import('../../lib/evidence');
    const { evidenceInput } = await import('./evidence-fixture');
    const records = history();
    const flag = storedFlags(records).find((f) => f.subject.sellerId === HIJACKER)!;
    const input = evidenceInput({ subject: { kind: 'flag', flag }, notices: [], listingStates: [], domainAges: [], captures: [], screenshots: [], profile: PROFILE, ...records, generatedAt: AT + 4 * DAY });
    const report = new TextDecoder().decode(buildEvidencePack(input).files['report.html']);
    const doc = new DOMParser().parseFromString(report, 'text/html');
    expect(drawnSellers(doc.querySelector('#pictures')!).map(({ cx, gap, ...facts }) => facts)).toEqual(expectedFromRecords(records));
    expect([...doc.querySelectorAll('#pictures h3')].map((h) => h.textContent)).toContainEqual(expect.stringContaining(`Follow-sellers: ${ASIN} · US`));
    expect(doc.querySelector('#pictures table tbody')!.textContent).toContain(`QuickDeals Store (${HIJACKER})`);
    // The flag in words, both languages (Amazon reads the report first), not its codes.
    expect(doc.querySelector('#flag tbody tr')!.textContent).toContain('Follow-seller on your listing / 商品被跟卖');
    expect(doc.querySelector('#flag tbody tr')!.textContent).toContain('High / 高');
  });
});

