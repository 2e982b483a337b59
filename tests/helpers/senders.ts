import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 } as Browser.tabs.Tab;

/** A message sender as the browser describes one of the extension's own pages (popup, dashboard). */
export function fromExtensionPage(path = 'dashboard.html'): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${path}` as '/') };
}

/** A message sender as the browser describes our content script in a tab. */
export function fromContentScriptOn(url = 'https://sellercentral.amazon.com/performance/dashboard'): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, tab, url };
}
