// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/model/page-read';
import { examplesOf } from '../../lib/pages/examples';
import { PAGE_KINDS } from '../../lib/pages/registry';

/** Documents no reader was written for: each reader must return (little or nothing), never throw. */
const ODD_PAGES: Record<string, string> = {
  empty: '',
  text: 'just some words',
  'unknown Katal': '<kat-table><kat-table-row><kat-table-cell label="?"></kat-table-cell></kat-table-row></kat-table><kat-alert></kat-alert>',
  'half a policy table': '<div id="ahd-product-policies-table"><div class="ahd-product-policy-table-row-wrapper"></div><div class="kat-row"></div></div>',
  'policy row without columns': '<div id="ahd-product-policies-table"><div class="ahd-product-policy-table-row-wrapper"><div class="kat-row ahd-product-policy-table-row"><span>ASIN:</span></div></div></div>',
  'odd fields': '<kat-input name="-0-value"></kat-input><input name="a b-0-value"><kat-checkbox name="x-0-value"></kat-checkbox><textarea name="y-1-value"></textarea>',
  'headers only': '<table><thead><tr><th>Brand</th><th>Role</th></tr></thead><tbody></tbody></table><kat-pagination></kat-pagination>',
  'rows without cells': '<table><tr></tr><tr><td></td></tr></table><kat-table-row class="starfleet-notification-row"></kat-table-row>',
  'data attributes without values': '<div data-sku data-asin></div><tr class="mt-row"><td data-column="status"></td></tr>',
  'redesigned inventory': '<div role="grid"><div role="row" class="a8f2"><div role="gridcell">Lumora Mug</div><div role="gridcell">Active</div></div></div>',
};

const URLS: Record<string, string> = {
  'listing-editor': 'https://sellercentral.amazon.com/abis/listing/edit?asin=B0CLMR7X2Q',
  inventory: 'https://sellercentral.amazon.com/myinventory/inventory',
  'brand-registry': 'https://brandregistry.amazon.com/',
  'brand-relationships': 'https://sellercentral.amazon.com/brands/brand-relationships',
  'product-policies': 'https://sellercentral.amazon.com/performance/account/health/product-policies',
  'performance-notifications': 'https://sellercentral.amazon.com/performance/notifications',
};

describe('page readers on pages they do not know', () => {
  for (const kind of PAGE_KINDS.filter((candidate) => candidate.read)) {
    for (const [name, html] of Object.entries(ODD_PAGES)) {
      it(`${kind.id}: ${name} -> no throw, valid and (nearly) empty`, () => {
        document.body.innerHTML = html;
        const url = new URL(URLS[kind.id] ?? examplesOf(kind.id)[0]!);
        const details = kind.read!(document, url);
        // Whatever came back must pass the schema the background validates with.
        PageRead.parse({ url: url.href, title: '', pageKind: kind.id, marketplace: null, lang: null, text: '', ...details });
        expect((details.rows ?? []).filter((row) => row.kind !== 'inventory' || !row.cells.asin)).toEqual([]);
      });
    }
  }

  it('returns nothing from a document without a body', () => {
    const bare = document.implementation.createHTMLDocument('');
    bare.documentElement.replaceChildren();
    for (const kind of PAGE_KINDS) expect(() => kind.read?.(bare, new URL(URLS[kind.id] ?? examplesOf(kind.id)[0]!))).not.toThrow();
  });
});
