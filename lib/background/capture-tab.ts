import { browser } from 'wxt/browser';
import { isForbiddenPage } from '../capturable';
import { senderNotFound, threadMessages } from '../mail-capture';
import { CONTENT_CORE_PATH } from '../content/core-file';
import type { BrandSentryDb } from '../db';
import type { CaptureResult, Reply } from '../messaging';
import { PageRead } from '../model/page-read';
import { ingest, type IngestInput } from './ingest';
import { mayStore, NOT_OWN_LISTING } from './own-listing-gate';

/**
 * The unlisted script (entrypoints/page-reader.ts) that runs the content script's own reader,
 * after the core it shares with the content scripts; the result is the last file's.
 */
export const PAGE_READER_FILE = '/page-reader.js';

/**
 * One-click capture of the active tab on any site, webmail included: activeTab (granted by the
 * click on the toolbar button) lets us run the reader there once and take a screenshot.
 */
export async function captureTab(
  db: BrandSentryDb,
  tabId: number | null,
  now: () => number,
  message?: number,
  store: (input: IngestInput) => Promise<CaptureResult> = (input) => ingest(db, input),
  account?: string,
): Promise<Reply<'UItoBG.captureTab'>> {
  const tab = tabId === null ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0] : await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab || tab.id === undefined) return { ok: false, code: 'no-tab', error: 'There is no open tab to capture.' };
  if (isForbiddenPage(tab.url)) {
    return { ok: false, code: 'forbidden-page', error: 'The browser does not let extensions read this page (browser pages and extension stores).' };
  }
  let result: unknown;
  try {
    // The seller's pick among a thread's open messages, left where the reader looks for it
    // (both scripts run in the extension's isolated world of the tab).
    if (message !== undefined) {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, func: pickMessage, args: [message] });
    }
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_CORE_PATH, PAGE_READER_FILE] });
    result = injection?.result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const forbidden = /cannot be scripted|cannot access|extensions gallery|chrome:\/\//i.test(message);
    return forbidden
      ? { ok: false, code: 'forbidden-page', error: 'The browser does not let extensions read this page.' }
      : { ok: false, code: 'not-readable', error: `This page could not be read: ${message}` };
  }
  const read = PageRead.safeParse(result);
  if (!read.success) return { ok: false, code: 'not-readable', error: 'This page gave nothing Brand Sentry can store.' };
  if (!(await mayStore(db, read.data))) return { ok: false, code: 'not-own-listing', error: NOT_OWN_LISTING };
  const screenshotDataUrl = await browser.tabs
    .captureVisibleTab(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'jpeg', quality: 70 })
    .catch(() => null); // no screenshot (e.g. the tab is not visible): the text is still captured
  const captured = await store({ read: read.data, source: 'click', now: now(), screenshotDataUrl, ...(account ? { account } : {}) });
  const mail = read.data.pageKind === 'webmail' ? { senderFound: !senderNotFound(read.data), messages: threadMessages(read.data) } : null;
  return { ok: true, ...captured, screenshot: screenshotDataUrl !== null, mail };
}

/** Runs in the tab, serialised by the browser: no closure over this module. */
function pickMessage(index: number): void {
  (globalThis as Record<string, unknown>).__brandSentryMessage = index;
}
