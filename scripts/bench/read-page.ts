import type { BrowserContext } from 'playwright-core';
import { sellerCentralPage } from '../../tests/helpers/seller-central-page';
import { bundleForBrowser } from './bundle';
import { median, result, round, type Row } from './report';

const PAGE_URL = 'https://bench.brand-sentry.invalid/inventory';
const RUNS = 9;
const WARMUP = 2;
/** Re-reads are short (a few ms): more of them, and more warm-up after the first reads' garbage. */
const REREAD_RUNS = 21;
const REREAD_WARMUP = 6;

interface KindTiming {
  kind: string;
  read: number[];
  innerText: number[];
  textChars: number;
  rows: number;
}

/** Statuses a row's badge takes in turn for the one-row changes. */
const STATUSES = ['Inactive', 'Search Suppressed', 'Active', 'Detail Page Removed'];

/**
 * The content script's cost on a big page, as a ratio to what any script that reads a page's
 * text pays: `readPage(document, url, kind, { text: 'layout' })` (as the content script calls
 * it) against `document.body.innerText`, in the same
 * Chromium tab, on the same 2 MB page, alternating (and alternating which goes first), medians.
 * Every page kind the content script reads automatically is timed on that page (the kind decides
 * which structured reader runs); the figure is the worst kind. The page is served from a host the
 * extension does not run on, so its own content script cannot interleave a read.
 */
export async function readPageFigure(context: BrowserContext): Promise<Row[]> {
  const generated = sellerCentralPage({ targetBytes: 2 * 1024 * 1024 });
  const bundle = await bundleForBrowser('read-page.ts', 'BrandSentryRead');
  await context.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: generated.html }));
  const page = await context.newPage();
  try {
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    await page.evaluate(`(() => { ${bundle}; globalThis.BrandSentryRead = BrandSentryRead; })()`);
    const shadowRoots = await page.evaluate(() => document.querySelectorAll('sc-help-panel').length && [...document.querySelectorAll('sc-help-panel')].filter((e) => e.shadowRoot).length);
    if (shadowRoots === 0) throw new Error('the generated page has no open shadow roots: declarative shadow DOM did not attach');
    const timings = await page.evaluate(
      ({ runs, warmup }) => {
        const { readPage, PAGE_KINDS, PAGE_EXAMPLES } = (globalThis as any).BrandSentryRead;
        const out: KindTiming[] = [];
        let sink = 0;
        for (const kind of PAGE_KINDS.filter((k: { auto: boolean }) => k.auto)) {
          const url = new URL(PAGE_EXAMPLES[kind.id][0]);
          const timing: KindTiming = { kind: kind.id, read: [], innerText: [], textChars: 0, rows: 0 };
          for (let i = -warmup; i < runs; i++) {
            const order = i % 2 === 0 ? ['read', 'innerText'] : ['innerText', 'read'];
            for (const what of order) {
              // As after the DOM change that triggers a real read: the engine's cached element
              // collections are gone (a getElementsByTagName would otherwise be free from the 2nd
              // run on); layout is brought up to date before the clock starts, for both.
              document.body.appendChild(document.createElement('i')).remove();
              void document.body.offsetHeight;
              const start = performance.now();
              if (what === 'read') {
                const read = readPage(document, url, kind, { text: 'layout' });
                sink += read.text.length;
                timing.textChars = read.text.length;
                timing.rows = read.rows?.length ?? 0;
              } else {
                sink += document.body.innerText.length;
              }
              const elapsed = performance.now() - start;
              if (i >= 0) (what === 'read' ? timing.read : timing.innerText).push(elapsed);
            }
          }
          out.push(timing);
        }
        (globalThis as any).__sink = sink;
        return out;
      },
      { runs: RUNS, warmup: WARMUP },
    );
    const rereads = await page.evaluate(
      ({ runs, warmup, statuses }) => {
        const { readPage, PAGE_KINDS, PAGE_EXAMPLES, forgetChanged, OBSERVED } = (globalThis as any).BrandSentryRead;
        const out: KindTiming[] = [];
        let sink = 0;
        const rows = document.querySelectorAll('kat-table-body > kat-table-row');
        let change = 0;
        for (const kind of PAGE_KINDS.filter((k: { auto: boolean; rowsOwn?: string }) => k.auto && k.rowsOwn)) {
          const url = new URL(PAGE_EXAMPLES[kind.id][0]);
          const timing: KindTiming = { kind: kind.id, read: [], innerText: [], textChars: 0, rows: 0 };
          // As the content script watches a page (lib/content/watch-page.ts): the first read keeps
          // its rows, the observer's records drop those a change touched.
          const memo = new WeakMap();
          const observer = new MutationObserver(() => {});
          observer.observe(document.documentElement, OBSERVED);
          readPage(document, url, kind, { text: 'layout', memo });
          for (let i = -warmup; i < runs; i++) {
            const order = i % 2 === 0 ? ['read', 'innerText'] : ['innerText', 'read'];
            for (const what of order) {
              // One row changes as Seller Central changes it in place: its status badge and its quantity.
              const row = rows[(change * 37) % rows.length]!;
              row.querySelector('kat-badge')!.setAttribute('label', statuses[change % statuses.length]!);
              row.querySelector('.qty')!.textContent = String(change++);
              void document.body.offsetHeight;
              const start = performance.now();
              if (what === 'read') {
                forgetChanged(memo, observer.takeRecords());
                const read = readPage(document, url, kind, { text: 'layout', memo });
                sink += read.text.length;
                timing.textChars = read.text.length;
                timing.rows = read.rows?.length ?? 0;
              } else {
                sink += document.body.innerText.length;
              }
              const elapsed = performance.now() - start;
              // The floor's own change is forgotten outside the clock: each re-read sees one changed row.
              if (what !== 'read') forgetChanged(memo, observer.takeRecords());
              if (i >= 0) (what === 'read' ? timing.read : timing.innerText).push(elapsed);
            }
          }
          observer.disconnect();
          // The re-read must be the read: the same capture as a read of the whole page.
          const reread = JSON.stringify(readPage(document, url, kind, { text: 'layout', memo }));
          if (reread !== JSON.stringify(readPage(document, url, kind, { text: 'layout' }))) throw new Error(`${kind.id}: the re-read differs from a read of the whole page`);
          out.push(timing);
        }
        (globalThis as any).__sink = sink;
        return out;
      },
      { runs: REREAD_RUNS, warmup: REREAD_WARMUP, statuses: STATUSES },
    );
    const figure = (name: string, budget: number, kinds: KindTiming[], what: string, runs = RUNS, warmup = WARMUP) => {
      const ratios = kinds.map((t) => ({ ...t, ratio: median(t.read) / median(t.innerText) }));
      const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
      const perKind = ratios.map((t) => `${t.kind} ${round(median(t.read))} ms / ${round(median(t.innerText))} ms = ${round(t.ratio)}x${t.rows ? ` (${t.rows} rows)` : ''}`).join('; ');
      return result({
        name,
        value: worst.ratio,
        unit: 'x',
        budget,
        note: `${(generated.html.length / 1024 / 1024).toFixed(2)} MB, ${generated.rows} kat-table rows, ${generated.policyRows} policy rows, ${shadowRoots} shadow roots; ${what}; medians of ${runs} after ${warmup} warm-up, worst kind ${worst.kind}. ${perKind}`,
      });
    };
    return [
      figure('read 2 MB page / innerText', 5, timings, 'first read, every kind the content script reads'),
      figure(
        're-read 2 MB page after a one-row change / innerText',
        1,
        rereads,
        "one row's badge and quantity changed, then its records dropped from the kept rows and the page read again, against innerText after the same kind of change; the kinds that read rows of their own (the others are read whole on every change)",
        REREAD_RUNS,
        REREAD_WARMUP,
      ),
    ];
  } finally {
    await page.close();
  }
}
