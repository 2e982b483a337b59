import { readPage } from '../lib/pages/read-page';
import { findPageKind } from '../lib/pages/registry';

/**
 * Run once in the active tab by one-click capture (scripting.executeScript). Same reader as the
 * content script; its return value is the PageRead the background stores.
 */
export default defineUnlistedScript(() => {
  const url = new URL(location.href);
  return readPage(document, url, findPageKind(url), { keepHtml: true, text: 'layout' });
});
