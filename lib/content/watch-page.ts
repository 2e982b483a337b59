import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReadInput } from '../model/page-read';
import { forgetChanged, OBSERVED, type RowMemo } from '../pages/dom';
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
  // The last read sent: a read that finds the same URL and text is not sent again.
  let lastUrl = '';
  let lastText = '';
  let lastRead = 0;
  // Rows read before (dom.ts, RowMemo), for one page kind (a kind makes its own rows of them);
  // the observer drops the rows each change touched, so a re-read reads only those again.
  let memo: RowMemo = new WeakMap();
  let memoKind: PageKind | undefined;
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
      if (kind !== memoKind) memo = new WeakMap();
      memoKind = kind;
      // 'layout': the browser's own innerText plus frames, shadow roots and Katal attributes (read-text.ts).
      const read = readPage(document, url, kind, { text: 'layout', memo });
      // The text holds every word the rows are read from (rowsOwn rows as their own lines).
      if ((read.url === lastUrl && read.text === lastText) || !read.text) return;
      lastUrl = read.url;
      lastText = read.text;
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

  const observer = new MutationObserver((records) => {
    forgetChanged(memo, records);
    schedule();
  });
  // A status badge that turns "Inactive" changes an attribute, not the DOM's text (dom.ts).
  observer.observe(document.documentElement, OBSERVED);
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // iframe loads (the open Performance Notification body) do not bubble; capture them.
  ctx.addEventListener(document, 'load', schedule, { capture: true });
  lastRead = Date.now() - MIN_INTERVAL_MS;
  schedule();
}
