import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../chromium';
import { describe, median, result, type Row } from './report';

const RUNS = 9;
const WARMUP = 2;

/**
 * Installed before any script of every document (CDP addScriptToEvaluateOnNewDocument, which
 * extension pages' CSP does not block): the moment the popup's real content (`.tiles`, rendered
 * only once its queries answered) enters the DOM, then the frame after it, i.e. when it is on
 * screen. performance.now() counts from navigation start.
 */
const OBSERVE_FIRST_RENDER = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#app .tiles')) return;
    observer.disconnect();
    window.__renderedAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__paintedAt = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export function popupUrl(session: ExtensionBrowser): string {
  return `chrome-extension://${session.extensionId}/popup.html`;
}

export async function preparePopupPage(session: ExtensionBrowser): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVE_FIRST_RENDER);
  return page;
}

/** One cold open of the popup: navigation start to the first frame showing its content. */
export async function timePopupOnce(page: Page, url: string): Promise<number> {
  await page.goto(`${url}?bench=${Date.now()}`);
  await page.waitForFunction(() => (window as any).__paintedAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => (window as any).__paintedAt as number);
}

/**
 * The popup opened on a big database (10,000 notices, 50,000 snapshots and their flags) against
 * the same popup on an empty database (the baseline: the same page, code and browser, so the
 * ratio is what the data costs), in two Chromium profiles started together, alternating which
 * goes first, medians.
 */
export async function popupFigures(empty: ExtensionBrowser, full: ExtensionBrowser, openFlags: number): Promise<Row[]> {
  const emptyPage = await preparePopupPage(empty);
  const fullPage = await preparePopupPage(full);
  const times = { empty: [] as number[], full: [] as number[] };
  let fullFlagsShown = 0;
  for (let i = -WARMUP; i < RUNS; i++) {
    const order = i % 2 === 0 ? (['empty', 'full'] as const) : (['full', 'empty'] as const);
    for (const which of order) {
      const ms = await timePopupOnce(which === 'empty' ? emptyPage : fullPage, popupUrl(which === 'empty' ? empty : full));
      if (i >= 0) times[which].push(ms);
    }
  }
  fullFlagsShown = await fullPage.locator('.flags > li').count();
  await emptyPage.close();
  await fullPage.close();
  const fullMedian = median(times.full);
  const emptyMedian = median(times.empty);
  return [
    result({
      name: 'popup first render, big database',
      value: fullMedian,
      unit: 'ms',
      budget: 150,
      note: `${fullFlagsShown} flag rows shown (${openFlags} open flags stored); navigation start to the first frame with .tiles; ${describe(times.full, 'ms')}`,
    }),
    result({
      name: 'popup first render, big / empty database',
      value: fullMedian / emptyMedian,
      unit: 'x',
      budget: 1.5,
      note: `baseline: the same popup on an empty database in a second profile, alternating; empty ${describe(times.empty, 'ms')}`,
    }),
  ];
}
