import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../chromium';
import { describe, median, result, type Row } from './report';

const RUNS = 15;
const WARMUP = 2;

/**
 * Installed before any script of every document (CDP addScriptToEvaluateOnNewDocument, which
 * extension pages' CSP does not block): the moment the page's content is in the DOM, then the
 * frame after it, i.e. when it is on screen. The popup's content is `.tiles`, rendered only once
 * its queries answered; the empty page's is its body, there once the document is parsed.
 * performance.now() counts from navigation start.
 */
const OBSERVE_FIRST_RENDER = `(() => {
  const content = location.pathname.endsWith('/popup.html') ? '#app .tiles' : location.pathname.endsWith('/empty.html') ? 'body' : null;
  if (!content) return;
  const painted = () => requestAnimationFrame(() => setTimeout(() => { window.__paintedAt = performance.now(); }, 0));
  if (content === 'body') return document.addEventListener('DOMContentLoaded', painted);
  const observer = new MutationObserver(() => {
    if (!document.querySelector(content)) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export function popupUrl(session: ExtensionBrowser): string {
  return `chrome-extension://${session.extensionId}/popup.html`;
}

/** The floor extension's page with nothing in it (scripts/bench/empty-extension/public/empty.html). */
function emptyPageUrl(session: ExtensionBrowser): string {
  const floorId = session.alongsideIds[0];
  if (!floorId) throw new Error('the popup figure needs the empty extension loaded alongside');
  return `chrome-extension://${floorId}/empty.html`;
}

async function preparePage(session: ExtensionBrowser): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVE_FIRST_RENDER);
  return page;
}

/** One cold open: navigation start to the first frame showing the page's content. */
async function timeFirstRender(page: Page, url: string): Promise<number> {
  await page.goto(`${url}?bench=${Date.now()}`);
  await page.waitForFunction(() => (window as any).__paintedAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => (window as any).__paintedAt as number);
}

/**
 * The popup opened on a big database (10,000 notices, 50,000 snapshots and their flags) against
 * an empty extension page (the empty WXT extension's, loaded in the same Chromium): the ratio is
 * what the popup's code and data cost over opening any extension page at all. Each in its own
 * tab, alternating which goes first, medians.
 */
export async function popupFigure(session: ExtensionBrowser, openFlags: number): Promise<Row> {
  const popup = await preparePage(session);
  const empty = await preparePage(session);
  const times = { popup: [] as number[], empty: [] as number[] };
  try {
    for (let i = -WARMUP; i < RUNS; i++) {
      for (const which of i % 2 === 0 ? (['popup', 'empty'] as const) : (['empty', 'popup'] as const)) {
        const ms = which === 'popup' ? await timeFirstRender(popup, popupUrl(session)) : await timeFirstRender(empty, emptyPageUrl(session));
        if (i >= 0) times[which].push(ms);
      }
    }
    const shown = await popup.locator('.flags > li').count();
    return result({
      name: 'popup first render, big database / empty extension page',
      value: median(times.popup) / median(times.empty),
      unit: 'x',
      budget: 1.5,
      note: `${shown} flag rows shown (${openFlags} open flags stored); navigation start to the first frame with .tiles, ${describe(times.popup, 'ms')}; empty page to its first frame, ${describe(times.empty, 'ms')}`,
    });
  } finally {
    await popup.close();
    await empty.close();
  }
}
