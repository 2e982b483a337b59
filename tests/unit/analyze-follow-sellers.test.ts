import { describe, expect, it } from 'vitest';
import { followSellerFlags } from '../../lib/analyze/follow-sellers';
import { BrandProfile } from '../../lib/model/profile';
import type { OfferSnapshot } from '../../lib/model/offer';
import { rebuildOfferSellers } from '../../lib/records/offer-history';
import { ASIN, AT, HIJACKER, offer, offerRecords, OWN, RESELLER, snapshot } from '../helpers/offers';
import { DAY, LUMORA } from '../helpers/records';

const profile = BrandProfile.parse({ ...LUMORA, sellerIds: [OWN], brands: LUMORA.brands!.map((brand) => ({ ...brand, authorizedSellers: [RESELLER] })) });
const NOW = AT + 30 * DAY;
const flagsOf = (snapshots: OfferSnapshot[], options: { now?: number; sellerIds?: string[] } = {}) =>
  followSellerFlags({ ...offerRecords(snapshots), profile: { ...profile, sellerIds: options.sellerIds ?? profile.sellerIds }, now: options.now ?? NOW });

/** Each row: the reads of one listing -> the follow-seller flags (subject, severity, reasons, resolved or not). */
const CASES: Array<[string, OfferSnapshot[], Array<[string, string, string[], boolean]>, { now?: number; sellerIds?: string[] }?]> = [
  ['the seller\'s own offer raises nothing', [snapshot(AT, [offer(OWN, 26.99, { featured: true })])], []],
  ['an authorized reseller raises nothing', [snapshot(AT, [offer(OWN, 26.99, { featured: true }), offer(RESELLER, 20)])], []],
  ['Amazon itself raises nothing', [snapshot(AT, [offer(OWN, 26.99, { featured: true }), offer('ATVPDKIKX0DER', 25)])], []],
  ['another seller at a similar price: unauthorized, medium', [snapshot(AT, [offer(OWN, 26.99, { featured: true }), offer(HIJACKER, 25.99)])], [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'medium', ['unauthorized-seller'], false]]],
  [
    'holding the featured offer: high',
    [snapshot(AT, [offer(HIJACKER, 25.99, { featured: true }), offer(OWN, 26.99)])],
    [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'high', ['holds-featured-offer', 'unauthorized-seller'], false]],
  ],
  [
    'at least 15% below your offer on that read: high',
    [snapshot(AT, [offer(OWN, 26.99, { featured: true }), offer(HIJACKER, 22.9)])],
    [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'high', ['below-your-price', 'unauthorized-seller'], false]],
  ],
  [
    '14% below is not below your price',
    [snapshot(AT, [offer(OWN, 26.99, { featured: true }), offer(HIJACKER, 23.3)])],
    [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'medium', ['unauthorized-seller'], false]],
  ],
  [
    'below your last known price when your offer is not on that read',
    [snapshot(AT, [offer(OWN, 26.99, { featured: true })]), snapshot(AT + DAY, [offer(HIJACKER, 19.99, { featured: true })], { complete: false })],
    [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'high', ['holds-featured-offer', 'below-your-price', 'unauthorized-seller'], false]],
  ],
  [
    'first seen in the last 7 days: new-seller',
    [snapshot(AT, [offer(OWN, 26.99, { featured: true }), offer(HIJACKER, 25.99)])],
    [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'medium', ['unauthorized-seller', 'new-seller'], false]],
    { now: AT + 3 * DAY },
  ],
  [
    'a later complete read without the seller resolves it',
    [snapshot(AT, [offer(HIJACKER, 25.99, { featured: true }), offer(OWN, 26.99)]), snapshot(AT + 5 * DAY, [offer(OWN, 26.99, { featured: true })], { complete: true })],
    [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'medium', ['unauthorized-seller'], true]],
  ],
  [
    'a later partial read without the seller resolves nothing',
    [snapshot(AT, [offer(HIJACKER, 25.99, { featured: true }), offer(OWN, 26.99)]), snapshot(AT + 5 * DAY, [offer(OWN, 26.99, { featured: true })], { complete: false })],
    [[`follow-seller:${ASIN}@US;seller=${HIJACKER}`, 'medium', ['unauthorized-seller'], false]],
  ],
  [
    'a complete read on another host neither flags nor resolves',
    [snapshot(AT, [offer(HIJACKER, 25.99, { featured: true })], { host: 'www.amazon.com.evil.example' })],
    [],
  ],
  ['without the seller\'s own IDs nothing is flagged (their offer could not be told apart)', [snapshot(AT, [offer(HIJACKER, 25.99, { featured: true })])], [], { sellerIds: [] }],
];

describe('follow-seller rule', () => {
  it.each(CASES)('%s', (_name, snapshots, expected, options) => {
    const flags = flagsOf(snapshots, options);
    expect(flags.map((flag) => [flag.key, flag.severity, flag.reasons, flag.resolvedBy !== null])).toEqual(expected);
  });

  it('names the seller, price, featured offer and first-seen date, with the reads as evidence', () => {
    const reads = [snapshot(AT, [offer(OWN, 26.99), offer(HIJACKER, 21.5, { featured: true })]), snapshot(AT + DAY, [offer(HIJACKER, 19.99, { featured: true }), offer(OWN, 26.99)])];
    const [flag] = flagsOf(reads, { now: AT + 2 * DAY });
    expect(flag!.key).toBe(`follow-seller:${ASIN}@US;seller=${HIJACKER}`);
    expect(flag!.subject).toEqual({ asin: ASIN, marketplace: 'US', sellerId: HIJACKER });
    expect(flag!.marketplace).toBe('US');
    expect(flag!.firstSeen).toBe(AT);
    expect(flag!.lastSeen).toBe(AT + DAY);
    expect(flag!.evidence).toEqual([reads[0]!.captureId, reads[1]!.captureId].sort());
    expect(flag!.findings.find((f) => f.reason === 'unauthorized-seller')!.facts).toMatchObject({ seller: 'QuickDeals Store', price: '19.99 USD', firstSeen: new Date(AT).toISOString().slice(0, 10) });
    expect(flag!.findings.find((f) => f.reason === 'below-your-price')!.facts).toMatchObject({ price: '19.99 USD', yourPrice: '26.99 USD', percent: '26' });
  });
});

describe('offer history per seller and listing', () => {
  it('keeps first/last seen and price and featured changes, not repeats', () => {
    const reads = [
      snapshot(AT, [offer(HIJACKER, 21.5)]),
      snapshot(AT + DAY, [offer(HIJACKER, 21.5)]),
      snapshot(AT + 2 * DAY, [offer(HIJACKER, 19.99, { featured: true })]),
    ];
    const [seller] = rebuildOfferSellers(reads);
    expect(seller).toMatchObject({ sellerId: HIJACKER, firstSeenAt: AT, lastSeenAt: AT + 2 * DAY, lastPrice: 19.99, featured: true, firstCaptureId: reads[0]!.captureId });
    expect(seller!.prices.map((p) => [p.at, p.price])).toEqual([[AT, 21.5], [AT + 2 * DAY, 19.99]]);
    expect(seller!.featuredHistory.map((f) => [f.at, f.featured])).toEqual([[AT, false], [AT + 2 * DAY, true]]);
  });
});
