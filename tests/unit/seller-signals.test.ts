// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { followSellerFlags } from '../../lib/analyze/follow-sellers';
import { interpret } from '../../lib/interpret';
import { PageRead } from '../../lib/model/page-read';
import { BrandProfile } from '../../lib/model/profile';
import { FeaturedOfferSignal, isFeaturedOfferLoss } from '../../lib/model/seller-signals';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { columnKind } from '../../lib/seller-signals/labels';
import { fixture } from '../helpers/fixtures';
import { ASIN, AT, HIJACKER, offer, offerRecords, OWN, snapshot } from '../helpers/offers';
import { DAY, LUMORA } from '../helpers/records';

function read(name: string, url: string, host = url) {
  document.open();
  document.write(fixture(`pages/${name}`));
  document.close();
  const parsed = new URL(url);
  return PageRead.parse({ ...readPage(document, parsed, findPageKind(parsed)), url: host });
}

const PRICING = 'https://sellercentral.amazon.com/inventory?viewId=PRICING';
const MYI = 'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&status=all';
const REPORT = 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem';

describe('Seller Central featured-offer signals', () => {
  /** Each row: fixture, URL -> what a careful reader of the page takes from it, per listing. */
  const CASES: Array<[string, string, Array<Record<string, unknown>>]> = [
    ['inventory-pricing-en.html', PRICING, [
      { asin: 'B0CLMR7X2Q', sku: 'LUM-POUR-01', source: 'inventory', yourPrice: 24.99, featuredPrice: 19.99, currency: 'USD', lost: true, percentage: null },
      { asin: 'B0CLMR8Y3R', sku: 'LUM-MUG-02', source: 'inventory', yourPrice: 18.5, featuredPrice: 18.5, currency: 'USD', lost: false, percentage: null },
    ]],
    ['inventory-pricing-zh.html', MYI, [
      { asin: 'B0CLMR7X2Q', source: 'inventory', yourPrice: 24.99, featuredPrice: 21.49, currency: 'USD', lost: true },
      { asin: 'B0CLMR8Y3R', source: 'inventory', yourPrice: 18.5, featuredPrice: 18.5, lost: false },
    ]],
    ['business-report-child-items.html', REPORT, [
      { asin: 'B0CLMR7X2Q', source: 'business-report', percentage: 62.5, lost: true, featuredPrice: null },
      { asin: 'B0CLMR8Y3R', source: 'business-report', percentage: 100, lost: false },
    ]],
    ['business-report-zh.html', REPORT.replace('.com/', '.co.jp/'), [
      { asin: 'B0CLMR7X2Q', marketplace: 'JP', source: 'business-report', percentage: 48, lost: true },
      { asin: 'B0CLMR8Y3R', marketplace: 'JP', source: 'business-report', percentage: 100, lost: false },
    ]],
  ];
  for (const [name, url, expected] of CASES) {
    it(`${name}: one signal per listing that shows one`, () => {
      const page = read(name, url);
      const { featuredOffers, status } = interpret(page);
      expect(status).toBe('interpreted');
      expect(featuredOffers).toHaveLength(expected.length);
      expected.forEach((want, index) => expect(featuredOffers[index]).toMatchObject(want));
      for (const observation of featuredOffers) expect(FeaturedOfferSignal.safeParse({ ...observation, id: 'x', listingKey: 'k', captureId: 'c', capturedAt: 1, account: null }).success).toBe(true);
    });
  }

  it('takes nothing from the same page read anywhere but Seller Central', () => {
    const page = read('inventory-pricing-en.html', PRICING, 'https://sellercentral.amazon.com.evil.example/inventory?viewId=PRICING');
    expect(interpret(page).featuredOffers).toEqual([]);
  });

  it('a Business Reports page with no readable rows is unrecognised, not an empty success', () => {
    document.body.innerHTML = '<p>Loading…</p>';
    const page = PageRead.parse(readPage(document, new URL(REPORT), findPageKind(new URL(REPORT))));
    expect(page.pageKind).toBe('business-reports');
    expect(interpret(page).status).toBe('unrecognised');
  });

  it('names columns by their header in every language, longest label first, no further word after it', () => {
    expect(columnKind('Featured Offer (Buy Box) Percentage')).toBe('percentage');
    expect(columnKind('Featured Offer ▲')).toBe('featuredPrice');
    expect(columnKind('Price + Shipping')).toBe('yourPrice');
    expect(columnKind('（子）ASIN')).toBe('asin');
    expect(columnKind('（父）ASIN')).toBeNull();
    expect(columnKind('ASIN (parent)')).toBeNull();
    expect(columnKind('购买按钮赢得率')).toBe('percentage');
    expect(columnKind('推荐报价')).toBe('featuredPrice');
    expect(columnKind('Featured Offer Eligibility')).toBeNull();
  });
});

describe('a featured-offer loss on a brand ASIN is evidence for its follow-seller flag', () => {
  const profile = BrandProfile.parse({ ...LUMORA, sellerIds: [OWN] });
  const signal = (at: number, fields: Partial<FeaturedOfferSignal> = {}): FeaturedOfferSignal => ({
    id: `sc-${at}:${ASIN}@US:inventory`, listingKey: `${ASIN}@US`, captureId: `sc-${at}`, capturedAt: at, account: null, asin: ASIN, marketplace: 'US',
    sku: 'LUM-POUR-01', source: 'inventory', yourPrice: 26.99, featuredPrice: 22.99, currency: 'USD', lost: true, percentage: null, ...fields,
  });
  // One read for every call, so the evidence of two calls differs only by the signals.
  const READS = [snapshot(AT, [offer(OWN, 26.99), offer(HIJACKER, 25.99, { featured: true })])];
  const flag = (signals: FeaturedOfferSignal[], reads = READS) =>
    followSellerFlags({ ...offerRecords(reads), featuredOfferSignals: signals, profile, now: AT + 30 * DAY })[0]!;

  it('a loss while the seller is on the listing joins the evidence, without a reason of its own', () => {
    const without = flag([]);
    const withLoss = flag([signal(AT + DAY)]);
    expect(withLoss.evidence).toEqual([...without.evidence, `sc-${AT + DAY}`].sort());
    expect(withLoss.reasons).toEqual(without.reasons);
    expect(withLoss.lastSeen).toBe(AT + DAY);
  });

  it('no loss (the featured offer is yours, or 100% of page views) adds nothing', () => {
    expect(flag([signal(AT + DAY, { lost: false, featuredPrice: 26.99 }), signal(AT + 2 * DAY, { source: 'business-report', lost: false, percentage: 100 })]).evidence).toEqual(flag([]).evidence);
    expect(isFeaturedOfferLoss({ lost: null, percentage: 80 })).toBe(true);
  });

  it('a loss before the seller was first seen, or after a complete read without them, is not theirs', () => {
    const reads = [snapshot(AT, [offer(OWN, 26.99), offer(HIJACKER, 25.99, { featured: true })]), snapshot(AT + 5 * DAY, [offer(OWN, 26.99, { featured: true })], { complete: true })];
    const resolved = flag([signal(AT - 3 * DAY), signal(AT + 10 * DAY)], reads);
    expect(resolved.resolvedBy).toMatch(/^complete-read-without-seller:/);
    expect(resolved.evidence.some((id) => id.startsWith('sc-'))).toBe(false);
  });

  it('a loss on another listing is not evidence here', () => {
    expect(flag([signal(AT + DAY, { listingKey: 'B0OTHER0001@US', asin: 'B0OTHER0001' })]).evidence).toEqual(flag([]).evidence);
  });
});
