import { describe, expect, it } from 'vitest';
import { PAGE_EXAMPLES, examplesOf } from '../../lib/pages/examples';
import { AUTO_KINDS, findAutoKind } from '../../lib/pages/auto-kinds';
import { findRetailKind, RETAIL_PAGE_KINDS } from '../../lib/pages/retail-kinds';
import { PAGE_KINDS, findPageKind } from '../../lib/pages/registry';

describe('page registry', () => {
  for (const kind of PAGE_KINDS) {
    it(`${kind.id} matches its own real URLs and no other kind does`, () => {
      expect(examplesOf(kind.id).length).toBeGreaterThan(0);
      for (const example of examplesOf(kind.id)) {
        const url = new URL(example);
        expect(kind.match(url), example).toBe(true);
        const others = PAGE_KINDS.filter((other) => other !== kind && other.match(url)).map((other) => other.id);
        expect(others, example).toEqual([]);
      }
    });
  }

  it('has examples for every kind and for no kind that does not exist', () => {
    expect(Object.keys(PAGE_EXAMPLES).sort()).toEqual(PAGE_KINDS.map((kind) => kind.id).sort());
  });

  it('never claims order pages or other Seller Central pages', () => {
    for (const url of [
      'https://sellercentral.amazon.com/orders-v3/order/112-1234567-1234567',
      'https://sellercentral.amazon.com/home',
      'https://sellercentral.amazon.com/payments/dashboard/index.html',
      'https://sellercentral.amazon.com/messaging/inbox',
      'https://sellercentral.amazon.com/abis/listing/create?productType=KITCHEN',
      'https://sellercentral.amazon.com/abis/listing/edit-draft?sku=LUM-01',
      'https://sellercentral.amazon.com/inventoryplanning/restockinventory',
      'https://sellercentral.amazon.com/brands',
    ]) {
      expect(findPageKind(new URL(url)), url).toBeUndefined();
    }
  });

  it('does not treat a Seller Central path on another host as Seller Central', () => {
    for (const url of [
      'https://sellercentral.amazon.com.evil.example/performance/notifications',
      'https://evil.example/performance/dashboard',
      'http://sellercentral.amazon.com/performance/dashboard',
      'http://brandregistry.amazon.com/brands',
      'https://brandregistry.amazon.com.evil.example/brands',
      'https://evil.example/abis/listing/edit?asin=B0CLMR7X2Q',
      'https://sellercentral.amazon.com.evil.example/brands/brand-relationships',
    ]) {
      expect(findPageKind(new URL(url))?.id, url).toBeUndefined();
    }
  });

  it('captures Seller Central kinds automatically and webmail only on click', () => {
    expect(findPageKind(new URL('https://sellercentral.amazon.de/performance/notifications'))?.auto).toBe(true);
    expect(findPageKind(new URL('https://mail.google.com/mail/u/0/#inbox/abc'))?.auto).toBe(false);
  });

  it('gives the two content scripts exactly the kinds read automatically: Seller Central\'s and the retail one\'s', () => {
    expect([...AUTO_KINDS, ...RETAIL_PAGE_KINDS]).toEqual(PAGE_KINDS.filter((kind) => kind.auto));
    for (const example of Object.values(PAGE_EXAMPLES).flat()) {
      const kind = findPageKind(new URL(example));
      const retail = kind !== undefined && RETAIL_PAGE_KINDS.includes(kind);
      expect(findAutoKind(new URL(example)), example).toBe(kind?.auto && !retail ? kind : undefined);
      expect(findRetailKind(new URL(example)), example).toBe(retail ? kind : undefined);
    }
  });
});
