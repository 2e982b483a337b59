import { browser } from 'wxt/browser';
import { OffscreenMessage } from '../../lib/messaging';
import { readFetchedPage } from '../../lib/offers/parse-page';

/**
 * Chrome's offscreen document (reason DOM_PARSER): a Chrome service worker has no DOMParser, so
 * the background hands the offer lists it fetched to this page to be read. It answers only the
 * extension's own background, and only this one message.
 */
browser.runtime.onMessage.addListener((raw, sender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const message = OffscreenMessage.safeParse(raw);
  if (!message.success) return undefined; // not ours: UI messages are the background's to answer
  try {
    return Promise.resolve({ ok: true, read: readFetchedPage(message.data.html, message.data.url) });
  } catch (error) {
    return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
