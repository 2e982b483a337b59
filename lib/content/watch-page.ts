import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fnv1a } from '../hash';
import type { PageKind } from '../pages/page-kind';
import { readPage } from '../pages/read-page';
import { sendToBackground } from '../send';

/** Quiet period after the last DOM change before the page is read again. */
const SETTLE_MS = 1_200;
/** A busy page (timers, live counters) is read at most this often. */
const MIN_INTERVAL_MS = 5_000;

/**
 * What both content scripts do (Seller Central's, and the retail one registered for the
 * marketplaces the seller allowed): read the page when it settles, again when it changes, and
 * send the read to the background; only pages of a kind `findKind` knows are read.
 */
export function watchPage(ctx: ContentScriptContext, findKind: (url: URL) => PageKind | undefined): void {
  let lastSent = 0;
  let lastRead = 0;
  let timer: number | undefined;

  const readAndSend = () => {
    timer = undefined;
    const url = new URL(location.href);
    const kind = findKind(url);
    if (!kind) return; // only recognised pages are captured automatically
    try {
      lastRead = Date.now();
      // 'layout': the browser's own innerText plus frames, shadow roots and Katal attributes (read-text.ts).
      const read = readPage(document, url, kind, { text: 'layout' });
      // With the rows where the page text leaves their Katal words out (rowsOwn: an inventory
      // row's status badge); elsewhere the text holds every word the rows are read from.
      const signature = fnv1a(`${read.url}\n${read.text}${kind.rowsOwn ? JSON.stringify(read.rows) : ''}`);
      if (signature === lastSent || !read.text) return;
      lastSent = signature;
      void sendToBackground({ type: 'CStoBG.pageRead', read });
    } catch (error) {
      // A reader must never break the page; the next change tries again.
      console.debug('[Brand Sentry] could not read this page', error);
    }
  };

  const schedule = () => {
    if (ctx.isInvalid) return;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(SETTLE_MS, lastRead + MIN_INTERVAL_MS - Date.now());
    timer = ctx.setTimeout(readAndSend, wait);
  };

  const observer = new MutationObserver(schedule);
  // Katal elements keep their words in these attributes (read-text.ts): a status badge that
  // turns "Inactive" changes an attribute, not the DOM's text. Not `value`: a field the seller
  // is typing in may reflect each key there, and an unsaved edit is not the listing's state.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributeFilter: ['label', 'text', 'header', 'description'] });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // iframe loads (the open Performance Notification body) do not bubble; capture them.
  ctx.addEventListener(document, 'load', schedule, { capture: true });
  lastRead = Date.now() - MIN_INTERVAL_MS;
  schedule();
}
