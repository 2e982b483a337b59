// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/model/page-read';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { fixture } from '../helpers/fixtures';

function readFixture(name: string, url: string) {
  document.open();
  document.write(fixture(`pages/${name}`));
  document.close();
  const parsed = new URL(url);
  return PageRead.parse(readPage(document, parsed, findPageKind(parsed)));
}

const POLICIES = 'https://sellercentral.amazon.com/performance/account/health/product-policies';

describe('product-policies reader', () => {
  it('reads top-level and nested rows by the English header', () => {
    const page = readFixture('product-policies-en.html', POLICIES);
    expect(page.rows).toEqual([
      {
        kind: 'policy-violation',
        depth: 0,
        cells: { reason: 'Trademark', date: 'November 18, 2026', title: 'Lumora Ceramic Pour-Over Coffee Set', asins: 'B0CLMR7X2Q', skus: 'LUM-POUR-01', action: 'Listing removed', nextStep: 'Appeal' },
      },
      {
        kind: 'policy-violation',
        depth: 1,
        cells: { reason: 'Trademark', date: 'November 18, 2026', title: 'Lumora Stoneware Mug, Set of 2', asins: 'B0CLMR8Y3R', action: 'Listing removed' },
      },
      {
        kind: 'policy-violation',
        depth: 0,
        cells: { reason: 'Counterfeit without a Test Buy', date: 'November 2, 2026', title: 'Lumora Glass Carafe 800 ml', asins: 'B0CLMR9Z4S', skus: 'LUM-CARAFE-03', action: 'No action taken', nextStep: 'Submit new information' },
      },
    ]);
  });

  it('maps Chinese headers, whose column order differs, to the same cells', () => {
    const page = readFixture('product-policies-zh.html', POLICIES);
    expect(page.rows).toEqual([
      {
        kind: 'policy-violation',
        depth: 0,
        cells: { reason: '商标', date: '2026年6月10日', title: 'Lumora 陶瓷手冲咖啡套装', asins: 'B0CLMR7X2Q', skus: 'LUM-POUR-01', salesAtRisk: 'US$1,240.00', action: '商品已移除', impact: '高', nextStep: '提交' },
      },
    ]);
  });

  it('falls back to the scrapers’ column order when there is no header row', () => {
    const page = readFixture('product-policies-en.html', POLICIES);
    document.querySelector('.ahd-product-policy-table-header')!.remove();
    const again = PageRead.parse(readPage(document, new URL(POLICIES), findPageKind(new URL(POLICIES))));
    expect(again.rows).toEqual(page.rows);
  });

  it('yields no rows for a redesigned table without the known ids', () => {
    const page = readFixture('product-policies-redesigned.html', POLICIES);
    expect(page.rows).toEqual([]);
    expect(page.text).toContain('Trademark'); // the capture still keeps the words
  });
});

describe('inventory reader', () => {
  it('reads legacy rows by data-column, with sub-status and the asin from data-row-data', () => {
    const page = readFixture('inventory-legacy.html', 'https://sellercentral.amazon.com/inventory/ref=xx_invmgr_dnav_xx');
    expect(page.pageKind).toBe('inventory');
    // Without the cells under their column headers (col:...), which the pricing fixtures check.
    const cells = page.rows.map(({ cells: { text, ...rest } }) => Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith('col:'))));
    expect(cells).toEqual([
      { sku: 'LUM-POUR-01', asin: 'B0CLMR7X2Q', title: 'Lumora Ceramic Pour-Over Coffee Set', status: 'Active' },
      { sku: 'LUM-MUG-02', asin: 'B0CLMR8Y3R', title: 'Lumora Stoneware Mug, Set of 2', status: 'Inactive', subStatus: 'Detail Page Removed' },
      { sku: 'LUM-CARAFE-03', asin: 'B0CLMR9Z4S', title: 'Lumora Glass Carafe 800 ml', status: 'Active', subStatus: 'Search Suppressed' },
      { sku: 'LUM-FILT-04', asin: 'B0CLMS0A5T', title: 'Lumora Paper Filters (100)', status: 'Inactive Blocked-Red' },
    ]);
    expect(page.rows.every((row) => row.kind === 'inventory' && row.cells.text)).toBe(true);
  });

  it('reads Katal rows by the one ASIN in their text, keeping the words for the status', () => {
    const page = readFixture('inventory-katal.html', 'https://sellercentral.amazon.com/myinventory/inventory?status=all');
    expect(page.rows.map((row) => row.cells.asin)).toEqual(['B0CLMR7X2Q', 'B0CLMR8Y3R']);
    expect(page.rows[1]!.cells.text).toContain('不可售');
    expect(page.rows[1]!.cells.text).toContain('详情页面已删除');
  });

  it('does not take a layout row around the whole list for a listing', () => {
    document.body.innerHTML =
      '<table><tr><td><table><tr><td>B0CLMR7X2Q Active</td></tr><tr><td>B0CLMR8Y3R Inactive</td></tr></table></td></tr></table>';
    const page = PageRead.parse(readPage(document, new URL('https://sellercentral.amazon.com/hz/inventory'), findPageKind(new URL('https://sellercentral.amazon.com/hz/inventory'))));
    expect(page.rows.map((row) => row.cells.asin)).toEqual(['B0CLMR7X2Q', 'B0CLMR8Y3R']);
  });
});

describe('performance-notifications reader', () => {
  it('reads list rows and skips the mobile duplicates', () => {
    const page = readFixture('performance-notifications-list.html', 'https://sellercentral.amazon.com/performance/notifications');
    expect(page.rows).toEqual([
      { kind: 'notification', depth: 0, cells: { subject: 'Notice: Policy Warning', date: 'November 20, 2026', href: '/performance/notifications/detail?notificationId=N-1' } },
      { kind: 'notification', depth: 0, cells: { subject: 'Your Amazon.com listing has been removed', date: 'November 18, 2026', href: '/performance/notifications/detail?notificationId=N-2' } },
    ]);
  });
});

describe('brand readers', () => {
  it('reads Brand Registry brands and roles, and says the list is complete', () => {
    const page = readFixture('brand-registry.html', 'https://brandregistry.amazon.com/brands');
    expect(page.pageKind).toBe('brand-registry');
    expect(page.rows).toEqual([
      { kind: 'brand-role', depth: 0, cells: { brand: 'Lumora', role: 'Administrator, Rights Owner', status: 'Active' } },
      { kind: 'brand-role', depth: 0, cells: { brand: 'Lumora Kids', role: 'Administrator', status: 'Active' } },
      { kind: 'brand-role', depth: 0, cells: { brand: 'Ostrava Outdoor', role: 'Reseller', status: 'Pending' } },
      { kind: 'brand-list', depth: 0, cells: { scope: 'all', count: '3' } },
    ]);
  });

  it('reads the Chinese brand-relationships page', () => {
    const page = readFixture('brand-relationships.html', 'https://sellercentral.amazon.com/brands/brand-relationships');
    expect(page.pageKind).toBe('brand-relationships');
    expect(page.rows.slice(0, 2).map((row) => row.cells)).toEqual([
      { brand: 'Lumora', role: '管理员、权利所有者', status: '已批准' },
      { brand: 'Ostrava Outdoor', role: '经销商', status: '待处理' },
    ]);
  });

  it('calls the list partial when it has pages, a search, or lists other users', () => {
    const scope = (extra: string, header = '') => {
      readFixture('brand-registry.html', 'https://brandregistry.amazon.com/brands');
      document.body.insertAdjacentHTML('beforeend', extra);
      if (header) document.querySelector('kat-table-head kat-table-row')!.insertAdjacentHTML('beforeend', header);
      const page = PageRead.parse(readPage(document, new URL('https://brandregistry.amazon.com/brands'), findPageKind(new URL('https://brandregistry.amazon.com/brands'))));
      return page.rows.find((row) => row.kind === 'brand-list')?.cells;
    };
    expect(scope('<kat-pagination total-items="40"></kat-pagination>')).toMatchObject({ scope: 'partial', reason: 'the list has pages' });
    expect(scope('<input type="search" value="Lumora">')).toMatchObject({ scope: 'partial', reason: 'the list is filtered' });
    expect(scope('', '<kat-table-cell>User e-mail</kat-table-cell>')).toMatchObject({ scope: 'partial' });
    expect(scope('')).toMatchObject({ scope: 'all' });
  });

  it('yields nothing (no completeness claim) for a brand page without a brand/role table', () => {
    document.body.innerHTML = '<h1>Brand Registry</h1><table><tr><th>Brand</th></tr><tr><td>Lumora</td></tr></table>';
    const page = PageRead.parse(readPage(document, new URL('https://brandregistry.amazon.com/'), findPageKind(new URL('https://brandregistry.amazon.com/'))));
    expect(page.rows).toEqual([]);
  });
});
