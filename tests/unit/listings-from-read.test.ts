// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { brandRolesFromRead, listingsFromRead } from '../../lib/listings';
import { BrandRolesObservation } from '../../lib/model/brand-role';
import { ListingObservation } from '../../lib/model/listing';
import { PageRead } from '../../lib/model/page-read';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { fixture } from '../helpers/fixtures';
import { pageRead } from '../helpers/reads';

const EDITOR_URL =
  'https://sellercentral.amazon.com/abis/listing/edit/product_details?marketplaceID=ATVPDKIKX0DER&sku=LUM-POUR-01&asin=B0CLMR7X2Q&productType=KITCHEN';

function readFixture(name: string, url: string, prepare?: () => void): PageRead {
  document.open();
  document.write(fixture(`pages/${name}`));
  document.close();
  prepare?.();
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

/** The fixture's one declarative shadow root, attached as Chromium's parser would (happy-dom does not). */
function attachMediaSection() {
  const template = document.querySelector('template[shadowrootmode]') as HTMLTemplateElement;
  template.parentElement!.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
  template.remove();
}

const observations = (read: PageRead) => listingsFromRead(read).map((observation) => ListingObservation.parse(observation));

describe('listingsFromRead: listing editor', () => {
  it('makes one observation with identity, brand, digests, locks and the 8541 conflicts', () => {
    const [listing, ...rest] = observations(readFixture('listing-editor.html', EDITOR_URL, attachMediaSection));
    expect(rest).toEqual([]);
    expect(listing).toMatchObject({
      asin: 'B0CLMR7X2Q',
      sku: 'LUM-POUR-01',
      marketplace: 'US',
      source: 'listing-editor',
      productType: 'KITCHEN',
      brand: 'Lumora',
      manufacturer: 'Lumora Studio Ltd',
      title: 'Lumora Ceramic Pour-Over Coffee Set, 600 ml',
      status: null,
      lockedAttributes: ['brand', 'country_of_origin', 'manufacturer'],
    });
    expect(listing!.bulletsDigest).toMatch(/^[0-9a-f]{8}$/);
    expect(listing!.descriptionDigest).toMatch(/^[0-9a-f]{8}$/);
    expect(listing!.imagesDigest).toMatch(/^[0-9a-f]{8}$/);
    expect(listing!.conflicts).toEqual([
      { attribute: 'brand', merchant: 'Lumora', amazon: 'Lumora Home Goods', code: '8541' },
      { attribute: 'item_package_quantity', merchant: '2', amazon: '1', code: null },
    ]);
  });

  it('keeps digests stable across reads and changes them when the content changes', () => {
    const first = observations(readFixture('listing-editor.html', EDITOR_URL, attachMediaSection))[0]!;
    const again = observations(readFixture('listing-editor.html', EDITOR_URL, attachMediaSection))[0]!;
    expect(again.bulletsDigest).toBe(first.bulletsDigest);
    const edited = observations(
      readFixture('listing-editor.html', EDITOR_URL, () => {
        attachMediaSection();
        document.querySelector('[name="bullet_point-1-value"]')!.setAttribute('value', 'Brews six cups');
      }),
    )[0]!;
    expect(edited.bulletsDigest).not.toBe(first.bulletsDigest);
    expect(edited.imagesDigest).toBe(first.imagesDigest);
  });

  it('reads a tab that does not show a content group as "not shown" (null), not as empty', () => {
    const [listing] = observations(readFixture('listing-editor.html', EDITOR_URL)); // media section not attached
    expect(listing!.imagesDigest).toBeNull();
    expect(listing!.descriptionDigest).toBeNull();
    expect(listing!.brand).toBe('Lumora');
  });

  it('records the ASIN-only stub with nothing but its identity', () => {
    const read = pageRead({ url: 'https://sellercentral.amazon.com/abis/listing/edit?asin=b0clmr7x2q', pageKind: 'listing-editor', text: '' });
    expect(observations(read)).toEqual([expect.objectContaining({ asin: 'B0CLMR7X2Q', sku: null, brand: null, lockedAttributes: null, conflicts: [] })]);
  });

  it('takes a status only from an alert that names one', () => {
    const read = pageRead({
      url: EDITOR_URL,
      pageKind: 'listing-editor',
      alerts: ['Your listing is active.', 'This listing has been suppressed from search: the main image is missing.'],
    });
    expect(observations(read)[0]).toMatchObject({ status: 'suppressed', statusText: expect.stringContaining('suppressed') });
  });
});

describe('listingsFromRead: inventory and Account Health', () => {
  it('maps legacy inventory statuses, sub-statuses included', () => {
    const listings = observations(readFixture('inventory-legacy.html', 'https://sellercentral.amazon.com/inventory/ref=xx_invmgr_dnav_xx'));
    expect(listings.map(({ asin, sku, status, statusText, source, marketplace }) => ({ asin, sku, status, statusText, source, marketplace }))).toEqual([
      { asin: 'B0CLMR7X2Q', sku: 'LUM-POUR-01', status: 'active', statusText: 'Active', source: 'inventory', marketplace: 'US' },
      { asin: 'B0CLMR8Y3R', sku: 'LUM-MUG-02', status: 'detail-page-removed', statusText: 'Inactive / Detail Page Removed', source: 'inventory', marketplace: 'US' },
      { asin: 'B0CLMR9Z4S', sku: 'LUM-CARAFE-03', status: 'suppressed', statusText: 'Active / Search Suppressed', source: 'inventory', marketplace: 'US' },
      { asin: 'B0CLMS0A5T', sku: 'LUM-FILT-04', status: 'blocked', statusText: 'Inactive Blocked-Red', source: 'inventory', marketplace: 'US' },
    ]);
  });

  it('finds the status in the row text of Katal rows (Chinese UI)', () => {
    const listings = observations(readFixture('inventory-katal.html', 'https://sellercentral.amazon.com/myinventory/inventory?status=all'));
    expect(listings.map(({ asin, status }) => ({ asin, status }))).toEqual([
      { asin: 'B0CLMR7X2Q', status: 'active' },
      { asin: 'B0CLMR8Y3R', status: 'detail-page-removed' },
    ]);
  });

  it('turns policy rows into one observation per ASIN, removed when the action says so', () => {
    const listings = observations(readFixture('product-policies-en.html', 'https://sellercentral.amazon.co.uk/performance/account/health/product-policies'));
    expect(listings.map(({ asin, sku, status, statusText, source, marketplace }) => ({ asin, sku, status, statusText, source, marketplace }))).toEqual([
      { asin: 'B0CLMR7X2Q', sku: 'LUM-POUR-01', status: 'removed', statusText: 'Listing removed', source: 'account-health', marketplace: 'UK' },
      { asin: 'B0CLMR8Y3R', sku: null, status: 'removed', statusText: 'Listing removed', source: 'account-health', marketplace: 'UK' },
      { asin: 'B0CLMR9Z4S', sku: 'LUM-CARAFE-03', status: null, statusText: 'No action taken', source: 'account-health', marketplace: 'UK' },
    ]);
    const zh = observations(readFixture('product-policies-zh.html', 'https://sellercentral.amazon.com/performance/account/health/product-policies'));
    expect(zh).toEqual([expect.objectContaining({ asin: 'B0CLMR7X2Q', status: 'removed', statusText: '商品已移除' })]);
  });

  it('splits several ASINs of one row, pairing SKUs only one to one', () => {
    const read = pageRead({
      pageKind: 'product-policies',
      rows: [{ kind: 'policy-violation', cells: { reason: 'Copyright', asins: 'B0CLMR7X2Q B0CLMR8Y3R bad', skus: 'LUM-A LUM-B LUM-C', action: 'Listing deactivated' } }],
    });
    expect(observations(read).map(({ asin, sku, status }) => ({ asin, sku, status }))).toEqual([
      { asin: 'B0CLMR7X2Q', sku: null, status: 'removed' },
      { asin: 'B0CLMR8Y3R', sku: null, status: 'removed' },
    ]);
  });

  it('says nothing about other pages and never throws on odd rows', () => {
    expect(listingsFromRead(pageRead())).toEqual([]);
    const odd = pageRead({ pageKind: 'inventory', rows: [{ kind: 'inventory', cells: { text: 'no identifiers here' } }, { kind: 'other', cells: {} }] });
    expect(listingsFromRead(odd)).toEqual([]);
    expect(listingsFromRead({ ...pageRead({ pageKind: 'listing-editor' }), url: 'not a url' })).toEqual([]);
    expect(listingsFromRead({ pageKind: 'inventory' } as unknown as PageRead)).toEqual([]);
  });
});

describe('brandRolesFromRead', () => {
  const roles = (read: PageRead) => BrandRolesObservation.parse(brandRolesFromRead(read));

  it('reads brands and roles (one row can name two) from a complete Brand Registry list', () => {
    expect(roles(readFixture('brand-registry.html', 'https://brandregistry.amazon.com/brands'))).toEqual({
      complete: true,
      roles: [
        { brand: 'Lumora', role: 'Administrator', status: 'Active' },
        { brand: 'Lumora', role: 'Rights Owner', status: 'Active' },
        { brand: 'Lumora Kids', role: 'Administrator', status: 'Active' },
        { brand: 'Ostrava Outdoor', role: 'Reseller', status: 'Pending' },
      ],
    });
  });

  it('shows what the second version lost: the Rights Owner role and a whole brand', () => {
    const before = roles(readFixture('brand-registry.html', 'https://brandregistry.amazon.com/brands'));
    const after = roles(readFixture('brand-registry-changed.html', 'https://brandregistry.amazon.com/brands'));
    const key = ({ brand, role }: { brand: string; role: string }) => `${brand}|${role}`;
    const kept = new Set(after.roles.map(key));
    expect(after.complete).toBe(true);
    expect(before.roles.filter((role) => !kept.has(key(role))).map(key)).toEqual(['Lumora|Rights Owner', 'Lumora Kids|Administrator']);
  });

  it('maps Chinese role words on brand-relationships', () => {
    expect(roles(readFixture('brand-relationships.html', 'https://sellercentral.amazon.com/brands/brand-relationships'))).toEqual({
      complete: true,
      roles: [
        { brand: 'Lumora', role: 'Administrator', status: '已批准' },
        { brand: 'Lumora', role: 'Rights Owner', status: '已批准' },
        { brand: 'Ostrava Outdoor', role: 'Reseller', status: '待处理' },
      ],
    });
  });

  it('keeps unknown role words as Other and a partial list as incomplete', () => {
    const read = pageRead({
      pageKind: 'brand-registry',
      rows: [
        { kind: 'brand-role', cells: { brand: 'Lumora', role: 'Brand Manager' } },
        { kind: 'brand-list', cells: { scope: 'partial', reason: 'the list has pages' } },
      ],
    });
    expect(roles(read)).toEqual({ complete: false, roles: [{ brand: 'Lumora', role: 'Other', status: null }] });
  });

  it('is null for other pages, pages without roles, and broken input', () => {
    expect(brandRolesFromRead(pageRead())).toBeNull();
    expect(brandRolesFromRead(pageRead({ pageKind: 'brand-registry' }))).toBeNull();
    expect(brandRolesFromRead({ pageKind: 'brand-registry', rows: null } as unknown as PageRead)).toBeNull();
  });
});
