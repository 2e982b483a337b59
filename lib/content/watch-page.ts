import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fnv1a } from '../hash';
import type { PageReadInput } from '../model/page-read';
import type { PageKind } from '../pages/page-kind';
import { readPage } from '../pages/read-page';
import { sendToBackground } from '../send';

/** Quiet period after the last DOM change before the page is read again. */
const SETTLE_MS = 1_200;
/** A busy page (timers, live counters) is read at most this often. */
const MIN_INTERVAL_MS = 5_000;
/** An unconfirmed read is sent again after 2 s, 4 s, 8 s... and then every minute while the page is open. */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 60_000;
/** Unconfirmed reads kept per page (the oldest goes first). */
const KEEP_UNCONFIRMED = 5;

/**
 * What both content scripts do (Seller Central's, and the retail one registered for the
 * marketplaces the seller allowed): read the page when it settles, again when it changes, and
 * send the read to the background until it confirms it; only pages of a kind `findKind` knows
 * are read.
 */
export function watchPage(ctx: ContentScriptContext, findKind: (url: URL) => PageKind | undefined): void {
  let lastSent = 0;
  let lastRead = 0;
  let timer: number | undefined;
  // Reads the background has not confirmed yet, oldest first: a worker stopped mid-write, or a
  // storage that refused the read, must not lose a page state that is gone by the next change.
  const unconfirmed: PageReadInput[] = [];
  let sending = false;
  let failures = 0;

  const sendUnconfirmed = async () => {
    if (sending || ctx.isInvalid) return;
    sending = true;
    try {
      while (unconfirmed.length) {
        const reply = await sendToBackground({ type: 'CStoBG.pageRead', read: unconfirmed[0]! });
        // Sent again later: no answer (the worker stopped) or storage refused it. A refusal
        // (not our page, not one of the seller's listings) is final.
        if (!reply.ok && (reply.code === undefined || reply.code === 'not-saved')) {
          ctx.setTimeout(() => void sendUnconfirmed(), Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** failures++));
          return;
        }
        failures = 0;
        unconfirmed.shift();
      }
    } finally {
      sending = false;
    }
  };

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
      if (unconfirmed.push(read) > KEEP_UNCONFIRMED) unconfirmed.shift();
      void sendUnconfirmed();
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
