import { describe, expect, it } from 'vitest';
import { listingStatusFromText, parseBrandConflicts } from '../../lib/listings';

describe('parseBrandConflicts', () => {
  it('reads the old 8541 wording, with the code from the text', () => {
    const text = "Error 8541: SKU LUM-POUR-01, ASIN B0CLMR7X2Q, ('brand' Merchant: 'Lumora' / Amazon: 'Lumora Home Goods'). Modify the data.";
    expect(parseBrandConflicts(text)).toEqual([{ attribute: 'brand', merchant: 'Lumora', amazon: 'Lumora Home Goods', code: '8541' }]);
  });

  it('reads the newer wording with several attributes, slashes and parentheses in values', () => {
    const text =
      "The SKU data provided conflicts with the Amazon catalog. Attribute value(s) that are conflicting: size (Merchant: 'S/M (UK 8-10)' / Amazon: '5 UK / 38 EU'), item_name (Merchant: 'Lumora's Pour-Over Set' / Amazon: 'Pour-Over Set')";
    expect(parseBrandConflicts(text)).toEqual([
      { attribute: 'size', merchant: 'S/M (UK 8-10)', amazon: '5 UK / 38 EU', code: null },
      { attribute: 'item_name', merchant: "Lumora's Pour-Over Set", amazon: 'Pour-Over Set', code: null },
    ]);
  });

  it('accepts curly quotes and a code some lines before', () => {
    const text = 'Error code: 8541\nSKU LUM-MUG-02\n(‘brand’ Merchant: ‘Lumora’ / Amazon: “Lumora Home Goods”)';
    expect(parseBrandConflicts(text)).toEqual([{ attribute: 'brand', merchant: 'Lumora', amazon: 'Lumora Home Goods', code: '8541' }]);
  });

  it('reads 5461, 5665, 5664 and 8572 as brand conflicts without values', () => {
    expect(parseBrandConflicts('Error 5461: ACCOUNT is not approved for brand Lumora.')).toEqual([{ attribute: 'brand', merchant: null, amazon: null, code: '5461' }]);
    expect(parseBrandConflicts('The brand name you entered has not been approved by Amazon (5665).').map((c) => c.code)).toEqual(['5665']);
    expect(parseBrandConflicts('UPC PREFIX is not white-listed for brand').map((c) => c.code)).toEqual(['8572']);
    expect(parseBrandConflicts('Error 5664: use Generic as the brand').map((c) => c.code)).toEqual(['5664']);
  });

  it('finds nothing in ordinary text and never throws on odd input', () => {
    expect(parseBrandConflicts('Your listing is active. Merchant fulfilled. Amazon: great.')).toEqual([]);
    expect(parseBrandConflicts(undefined as unknown as string)).toEqual([]);
    expect(parseBrandConflicts('('.repeat(50_000) + "'x' Merchant: '")).toEqual([]);
  });
});

describe('listingStatusFromText', () => {
  it.each([
    ['Active', 'active'],
    ['Inactive', 'inactive'],
    ['Inactive / Detail Page Removed', 'detail-page-removed'],
    ['INACTIVE_ASIN_SUPPRESSED', 'detail-page-removed'],
    ['Active / Search Suppressed', 'suppressed'],
    ['Inactive Blocked-Red', 'blocked'],
    ['Inactive Blocked-Yellow', 'blocked'],
    ['Approval Required', 'blocked'],
    ['Incomplete', 'incomplete'],
    ['Listing removed', 'removed'],
    ['在售', 'active'],
    ['不可售', 'inactive'],
    ['不可售 详情页面已删除', 'detail-page-removed'],
    ['商品已移除', 'removed'],
    ['Out of Stock', 'inactive'],
    ['', 'unknown'],
    ['Fulfilled by Amazon', 'unknown'],
  ] as const)('%s -> %s', (text, status) => {
    expect(listingStatusFromText(text)).toBe(status);
  });
});

describe('parseBrandConflicts codes', () => {
  it('shares a code along one list and does not leak it into the next message', () => {
    const text = "Error 8541: conflicting: size (Merchant: 'S' / Amazon: 'M'), color (Merchant: 'Red' / Amazon: 'Blue').\nAnother message: item_name (Merchant: 'A' / Amazon: 'B')";
    expect(parseBrandConflicts(text).map((conflict) => [conflict.attribute, conflict.code])).toEqual([
      ['size', '8541'],
      ['color', '8541'],
      ['item_name', null],
    ]);
  });
});
