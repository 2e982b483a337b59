// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type BackgroundDeps } from '../../lib/background/router';
import { recomputeFlags } from '../../lib/background/recompute';
import { PageRead } from '../../lib/model/page-read';
import { BrandProfile } from '../../lib/model/profile';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { backgroundDeps } from '../helpers/background-deps';
import { freshDb } from '../helpers/db';
import { fixture } from '../helpers/fixtures';
import { LUMORA } from '../helpers/records';
import { fromContentScriptOn } from '../helpers/senders';
import { buildEvidencePack, findEvidence } from '../../lib/evidence';

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 20);
const PRODUCT = 'https://www.amazon.com/Lumora-Ceramic-Pour-Over-Coffee/dp/B0CLMR7X2Q';
const OFFERS = 'https://www.amazon.com/gp/aod/ajax/ref=dp_aod_NEW_mbc?asin=B0CLMR7X2Q&pc=dp';
const lists = { freemail: new Set<string>(), disposable: new Set<string>(), confusables: new Map() };

function read(file: string, url: string): PageRead {
  document.open();
  document.write(fixture(`retail/${file}`));
  document.close();
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

// Our retail content script on www.amazon.com, which the seller granted (the background checks both).
const sender = (url: string) => fromContentScriptOn(url);

async function setup(profile = { ...LUMORA, sellerIds: ['A2LUMORA0DIRECT'], brands: LUMORA.brands!.map((b) => ({ ...b, authorizedSellers: ['A7TRUSTEDRESELL'] })) }) {
  let now = T;
  fakeBrowser.permissions.contains = async ({ origins }) => (origins ?? []).every((origin) => origin.startsWith('https://www.amazon.com/'));
  const db = freshDb();
  await db.profile.put({ id: 'me', account: null, profile: BrandProfile.parse(profile), updatedAt: T });
  const deps: BackgroundDeps = backgroundDeps(db, () => now);
  const send = (file: string, url: string) => handleMessage({ type: 'CStoBG.pageRead', read: read(file, url) }, sender(url), deps);
  return { db, send, at: (t: number) => (now = t), flags: async () => (await recomputeFlags(db, lists, now), db.flags.toArray()) };
}

describe('follow-sellers through the background', () => {
  it('records the seller\'s own listing, flags each unauthorized seller, and resolves it when a complete read no longer shows them', async () => {
    const { db, send, at, flags } = await setup();
    expect(await send('us-product-hijacked.html', PRODUCT)).toMatchObject({ ok: true, status: 'interpreted' });
    at(T + DAY);
    expect(await send('us-aod-offers.html', OFFERS)).toMatchObject({ ok: true, status: 'interpreted' });
    expect((await db.offerSnapshots.orderBy('capturedAt').toArray()).map((s) => [s.listingKey, s.complete, s.offers.length, s.host, s.account])).toEqual([
      ['B0CLMR7X2Q@US', false, 1, 'www.amazon.com', null],
      ['B0CLMR7X2Q@US', true, 4, 'www.amazon.com', null],
    ]);
    const open = (await flags()).filter((flag) => flag.kind === 'follow-seller');
    expect(open.map((flag) => [flag.key, flag.severity, flag.state, flag.reasons])).toEqual([
      ['follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77', 'high', 'open', ['holds-featured-offer', 'below-your-price', 'unauthorized-seller', 'new-seller']],
      ['follow-seller:B0CLMR7X2Q@US;seller=A3BARGAINHUB9Z', 'high', 'open', ['below-your-price', 'unauthorized-seller', 'new-seller']],
    ]);

    at(T + 9 * DAY);
    await send('us-aod-offers-gone.html', OFFERS);
    const later = (await flags()).filter((flag) => flag.kind === 'follow-seller');
    expect(later.map((flag) => [flag.key, flag.state])).toEqual([
      ['follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77', 'resolved'],
      ['follow-seller:B0CLMR7X2Q@US;seller=A3BARGAINHUB9Z', 'resolved'],
    ]);
    const sellers = await db.offerSellers.toArray();
    expect(sellers.find((s) => s.sellerId === 'A1QUICKDEALS77')).toMatchObject({ firstSeenAt: T, lastSeenAt: T + DAY, lastPrice: 19.99 });
  });

  it('packs the flag\'s offer history: offers.csv, a Report a Violation draft and a polite notice to the seller', async () => {
    const { db, send, at, flags } = await setup();
    await send('us-product-hijacked.html', PRODUCT);
    at(T + DAY);
    await send('us-aod-offers.html', OFFERS);
    await flags();
    const input = (await findEvidence(db, { kind: 'flag', key: 'follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77' }, { generatedAt: T + 2 * DAY }))!;
    expect(input.offerSellers.map((s) => s.sellerId).sort()).toEqual(['A1QUICKDEALS77', 'A2LUMORA0DIRECT', 'A3BARGAINHUB9Z', 'A7TRUSTEDRESELL']);
    const pack = buildEvidencePack(input);
    const text = (path: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(pack.files[path]);
    const csv = text('offers.csv').split('\r\n');
    expect(csv[0]).toBe('\uFEFFread_at_utc,asin,marketplace,seller_id,seller_name,price,currency,featured_offer,fulfilled_by_amazon,ships_from,condition,whole_list_read,read_on,capture_id');
    expect(csv.filter((line) => line.includes('A1QUICKDEALS77'))).toHaveLength(2); // the buy box read and the offer list
    const report = text('letters/report-violation-B0CLMR7X2Q-A1QUICKDEALS77.txt');
    expect(report).toContain('https://www.amazon.com/sp?seller=A1QUICKDEALS77');
    expect(report).toContain('https://www.amazon.com/dp/B0CLMR7X2Q');
    expect(report).toContain('USPTO 6123456');
    expect(report).toContain('Prices seen: 19.99 USD (2026-11-20)');
    expect(report).toContain('说明（中文）');
    const notice = text('letters/seller-notice-B0CLMR7X2Q-A1QUICKDEALS77.txt');
    expect(notice).toContain('We are the brand owner of Lumora');
    expect(notice).toContain('20 November 2026');
  });

  it('takes Seller Central saying the listing lost its featured offer as the flag\'s evidence, on its page and in featured-offer.csv', async () => {
    const { db, send, at, flags } = await setup();
    fakeBrowser.permissions.contains = async () => true;
    await send('us-product-hijacked.html', PRODUCT);
    at(T + DAY);
    await send('us-aod-offers.html', OFFERS);
    at(T + 2 * DAY);
    const pricing = 'https://sellercentral.amazon.com/inventory?viewId=PRICING';
    document.open();
    document.write(fixture('pages/inventory-pricing-en.html'));
    document.close();
    const page = PageRead.parse(readPage(document, new URL(pricing), findPageKind(new URL(pricing))));
    const deps: BackgroundDeps = backgroundDeps(db, () => T + 2 * DAY);
    expect(await handleMessage({ type: 'CStoBG.pageRead', read: page }, fromContentScriptOn(pricing), deps)).toMatchObject({ ok: true, status: 'interpreted' });
    const signals = await db.featuredOfferSignals.toArray();
    expect(signals.map((signal) => [signal.listingKey, signal.lost, signal.featuredPrice, signal.yourPrice])).toEqual([
      ['B0CLMR7X2Q@US', true, 19.99, 24.99],
      ['B0CLMR8Y3R@US', false, 18.5, 18.5],
    ]);
    const flag = (await flags()).find((f) => f.key === 'follow-seller:B0CLMR7X2Q@US;seller=A1QUICKDEALS77')!;
    expect(flag.evidence).toContain(signals[0]!.captureId);
    const input = (await findEvidence(db, { kind: 'flag', key: flag.key }, { generatedAt: T + 3 * DAY }))!;
    expect(input.featuredOfferSignals!.map((signal) => signal.asin)).toEqual(['B0CLMR7X2Q']);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buildEvidencePack(input).files['featured-offer.csv']).split('\r\n');
    expect(csv[0]).toBe('\uFEFFread_at_utc,asin,marketplace,sku,seller_central_page,your_price,featured_offer_price,currency,featured_offer_share_pct,featured_offer_lost,capture_id');
    expect(csv[1]).toContain('B0CLMR7X2Q,US,LUM-POUR-01,Manage Inventory,24.99,19.99,USD,,true,');
  });

  it('does not store a product page of another brand at all', async () => {
    const { db, send } = await setup();
    expect(await send('us-product-other-brand.html', 'https://www.amazon.com/dp/B0OTHER001')).toMatchObject({ ok: false });
    expect(await db.captures.count()).toBe(0);
  });

  it('keeps a robot check on a known listing as not recognised, with why', async () => {
    const { db, send } = await setup();
    await send('us-product-hijacked.html', PRODUCT);
    const reply = await send('robot-check.html', 'https://www.amazon.com/gp/aod/ajax?asin=B0CLMR7X2Q&pc=dp');
    expect(reply).toMatchObject({ ok: true, status: 'unrecognised' });
    expect((await db.captures.toArray()).find((c) => c.pageKind === 'retail-offers')!.statusReason).toEqual({ key: 'reason.robotCheck' });
  });
});
