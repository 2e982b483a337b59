import type { BrowserContext } from 'playwright-core';
import { retailProductPage } from '../../tests/helpers/retail-page';
import { bundleForBrowser } from './bundle';
import { median, result, round, type Row } from './report';

const PAGE_URL = 'https://bench.brand-sentry.invalid/Lumora-Ceramic-Pour-Over-Coffee/dp/B0CLMR7X2Q';
/** The URL the reader is told the page has: a product page on amazon.com (the kind decides the reader). */
const AS_IF = 'https://www.amazon.com/Lumora-Ceramic-Pour-Over-Coffee/dp/B0CLMR7X2Q';
const RUNS = 31;
const WARMUP = 2;

/**
 * The retail content script's cost on a product page with its 50-offer panel open, as a ratio to
 * `document.body.innerText` on the same page in the same Chromium tab, alternating, the median of
 * each pair's ratio (a burst of other work on the machine lands in a few pairs, not in the
 * median). Served from a host no content script runs on.
 */
export async function readOfferPageFigure(context: BrowserContext): Promise<Row> {
  const generated = retailProductPage({ offers: 50 });
  const bundle = await bundleForBrowser('read-page.ts', 'BrandSentryRead');
  await context.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: generated.html }));
  const page = await context.newPage();
  try {
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    await page.evaluate(`(() => { ${bundle}; globalThis.BrandSentryRead = BrandSentryRead; })()`);
    const timing = await page.evaluate(
      ({ runs, warmup, asIf }) => {
        const { readPage, findPageKind } = (globalThis as any).BrandSentryRead;
        const url = new URL(asIf);
        const kind = findPageKind(url);
        const read: number[] = [];
        const innerText: number[] = [];
        let offers = 0;
        let sink = 0;
        const ratios: number[] = [];
        for (let i = -warmup; i < runs; i++) {
          const spent: Record<string, number> = {};
          for (const what of i % 2 === 0 ? ['read', 'innerText'] : ['innerText', 'read']) {
            document.body.appendChild(document.createElement('i')).remove();
            void document.body.offsetHeight;
            const start = performance.now();
            if (what === 'read') {
              const out = readPage(document, url, kind, { text: 'layout' });
              offers = out.rows.filter((row: { kind: string }) => row.kind === 'retail-offer').length;
              sink += out.text.length;
            } else sink += document.body.innerText.length;
            const elapsed = performance.now() - start;
            spent[what] = elapsed;
            if (i >= 0) (what === 'read' ? read : innerText).push(elapsed);
          }
          if (i >= 0) ratios.push(spent.read! / spent.innerText!);
        }
        (globalThis as any).__sink = sink;
        return { kind: kind?.id ?? 'none', read, innerText, ratios, offers, elements: document.getElementsByTagName('*').length };
      },
      { runs: RUNS, warmup: WARMUP, asIf: AS_IF },
    );
    if (timing.offers !== generated.offers) throw new Error(`the reader found ${timing.offers} of ${generated.offers} offers (kind ${timing.kind})`);
    const ratio = median(timing.ratios);
    return result({
      name: 'read 50-offer product page / innerText',
      value: ratio,
      unit: 'x',
      budget: 2,
      note: `${(generated.html.length / 1024).toFixed(0)} kB, ${timing.elements} elements, ${timing.offers} offers read; ${round(median(timing.read))} ms / ${round(median(timing.innerText))} ms, medians of ${RUNS} after ${WARMUP} warm-up, median of the pairs' ratios`,
    });
  } finally {
    await page.close();
  }
}
