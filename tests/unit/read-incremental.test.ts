// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageReadInput } from '../../lib/model/page-read';
import { forgetChanged, OBSERVED, type RowMemo } from '../../lib/pages/dom';
import type { TextStrategy } from '../../lib/pages/read-text';
import { readPage } from '../../lib/pages/read-page';
import { findPageKind } from '../../lib/pages/registry';
import { fixture } from '../helpers/fixtures';
import { sellerCentralPage } from '../helpers/seller-central-page';

/**
 * A re-read as the content script makes it (lib/content/watch-page.ts): the rows read before are
 * kept, the mutation records drop the ones a change touched, and only those are read again. It
 * must give exactly what a read of the whole page gives, whatever the change.
 */

async function load(html: string) {
  document.open();
  document.write(html);
  document.close();
  await (window as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }).happyDOM.waitUntilComplete();
}

/** A page loaded and watched: `reread` as the content script does, `full` with nothing kept. */
async function watched(html: string, href: string, text: TextStrategy) {
  await load(html);
  const url = new URL(href);
  const kind = findPageKind(url);
  const memo: RowMemo = new WeakMap();
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, OBSERVED);
  return {
    reread: (): PageReadInput => {
      forgetChanged(memo, observer.takeRecords());
      return readPage(document, url, kind, { text, memo });
    },
    full: (): PageReadInput => readPage(document, url, kind, { text }),
    stop: () => observer.disconnect(),
  };
}

/** The page's listing rows, by the selector its case names. */
let rowSelector = '';
const rowsOf = () => Array.from(document.querySelectorAll(rowSelector));
const firstText = (element: Element): Text => {
  const walker = document.createTreeWalker(element, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue!.trim()) return node as Text;
  throw new Error('a row without text');
};

/** One-row changes, each applied to the page as it is after the ones before. */
const CHANGES: [name: string, change: () => void][] = [
  ['a word of a row edited', () => (firstText(rowsOf()[0]!).nodeValue += ' Inactive')],
  ['a Katal badge of a row relabelled', () => {
    const row = rowsOf().at(-1)!;
    const badge = row.querySelector('kat-badge') ?? row.appendChild(document.createElement('kat-badge'));
    badge.setAttribute('label', 'Search Suppressed');
  }],
  ['a row added', () => {
    const row = rowsOf()[0]!;
    const copy = row.cloneNode(true) as Element;
    const text = firstText(copy);
    text.nodeValue = `${text.nodeValue} B0ADDED001`.replace(/B0[0-9A-Z]{8}/, 'B0ADDED001');
    row.after(copy);
  }],
  ['a row removed', () => rowsOf()[1]!.remove()],
  ['a row moved to the top', () => {
    const row = rowsOf().at(-1)!;
    row.parentNode!.insertBefore(row, row.parentNode!.firstChild);
  }],
  ['a cell emptied', () => {
    const cell = rowsOf()[0]!.lastElementChild!;
    cell.replaceChildren();
  }],
  ['text outside the rows changed', () => document.body.prepend('Updated just now')],
];

const KATAL_ROWS = 'kat-table-body kat-table-row';
/** happy-dom reads the generated page's hundred rows many times over: seconds on a loaded machine. */
const SLOW = 30_000;
const PAGES: [name: string, html: () => string, url: string, rows: string][] = [
  ['Katal inventory', () => fixture('pages/inventory-katal.html'), 'https://sellercentral.amazon.com/myinventory/inventory', KATAL_ROWS],
  ['legacy inventory', () => fixture('pages/inventory-legacy.html'), 'https://sellercentral.amazon.com/inventory', 'tr.mt-row'],
  ['inventory with pricing columns', () => fixture('pages/inventory-pricing-en.html'), 'https://sellercentral.amazon.com/myinventory/inventory', 'tr.mt-row'],
  ['Business Reports', () => fixture('pages/business-report-child-items.html'), 'https://sellercentral.amazon.com/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem', 'tbody tr, kat-table-body kat-table-row'],
  ['generated inventory page', () => sellerCentralPage({ targetBytes: 120_000 }).html, 'https://sellercentral.amazon.com/myinventory/inventory', KATAL_ROWS],
  // Kinds without rows of their own are read whole on every change; the same must hold.
  ['product policies', () => fixture('pages/product-policies-en.html'), 'https://sellercentral.amazon.com/performance/account/health/product-policies', '[class^=ahd-product-policy-table-row-wrapper]'],
  ['Brand Registry', () => fixture('pages/brand-registry.html'), 'https://brandregistry.amazon.com/brands', KATAL_ROWS],
];

describe('a re-read from mutation records equals a read of the whole page', () => {
  for (const text of ['layout', 'walk'] as const) {
    for (const [name, html, url, rows] of PAGES) {
      it(`${name}, ${text}`, async () => {
        rowSelector = rows;
        expect(rows.length).toBeGreaterThan(0);
        const page = await watched(html(), url, text);
        expect(page.reread()).toEqual(page.full());
        for (const [change, apply] of CHANGES) {
          apply();
          expect(page.reread(), change).toEqual(page.full());
        }
        expect(rowsOf().length, 'rows left after the changes').toBeGreaterThan(1);
        page.stop();
      }, SLOW);
    }
  }
});

describe('a re-read reads only the rows that changed', () => {
  it('keeps every untouched row as read before and reads the changed one again', async () => {
    rowSelector = KATAL_ROWS;
    const page = await watched(sellerCentralPage({ targetBytes: 120_000 }).html, 'https://sellercentral.amazon.com/myinventory/inventory', 'layout');
    const before = page.reread().rows!;
    expect(before.length).toBeGreaterThan(20);
    const changed = rowsOf()[5]!;
    changed.querySelector('kat-badge')!.setAttribute('label', 'Detail Page Removed');
    const after = page.reread().rows!;
    expect(after).toHaveLength(before.length);
    expect(after.filter((row, i) => row !== before[i]).map((row) => row.cells.asin)).toEqual([before[5]!.cells.asin]);
    expect(after[5]!.cells.text).toContain('Detail Page Removed');
    expect(after).toEqual(page.full().rows);
    page.stop();
  }, SLOW);

  it('reads a row again when it moves to a table with other headers', async () => {
    rowSelector = KATAL_ROWS;
    const page = await watched(sellerCentralPage({ targetBytes: 120_000 }).html, 'https://sellercentral.amazon.com/myinventory/inventory', 'layout');
    page.reread();
    const [first, second] = Array.from(document.querySelectorAll('kat-table-body'));
    expect(second).toBeDefined();
    first!.prepend(second!.lastElementChild!);
    const reread = page.reread();
    expect(reread.rows![0]!.cells['col:Product']).toBeTruthy();
    expect(reread).toEqual(page.full());
    // A whole table body, rows and all, moved under the first table's headers.
    const moved = second!.lastElementChild!;
    expect(page.reread().rows!.find((row) => moved.textContent!.includes(row.cells.asin!))!.cells['col:Product']).toBeUndefined();
    first!.parentElement!.append(second!);
    const after = page.reread();
    expect(after.rows!.find((row) => moved.textContent!.includes(row.cells.asin!))!.cells['col:Product']).toBeTruthy();
    expect(after).toEqual(page.full());
    page.stop();
  }, SLOW);

  it('reads a row again when its table header changes', async () => {
    rowSelector = 'tr.mt-row';
    const page = await watched(fixture('pages/inventory-pricing-en.html'), 'https://sellercentral.amazon.com/myinventory/inventory', 'layout');
    page.reread();
    const header = document.querySelector('kat-table-head kat-table-cell, thead th')!;
    firstText(header).nodeValue = 'Renamed column';
    expect(page.reread()).toEqual(page.full());
    page.stop();
  });
});
