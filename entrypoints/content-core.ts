import * as account from '../lib/pages/account';
import * as dom from '../lib/pages/dom';
import * as hosts from '../lib/hosts';
import * as limits from '../lib/model/limits';
import * as marketplaces from '../lib/marketplaces';
import * as readPage from '../lib/pages/read-page';
import * as readText from '../lib/pages/read-text';
import * as retailKinds from '../lib/pages/retail-kinds';
import * as trim from '../lib/trim';

/**
 * The readers the retail content script and one-click capture's `page-reader.js` share: the page
 * walk, a page's account and marketplace, and the retail product and offer-list readers. Both
 * are classic scripts, each built alone, so without this file each carried its own copy. It runs
 * first, in the same isolated world (the registered retail script and one-click capture list it
 * before their own file), and leaves these modules in the global `brandSentryCore`;
 * wxt.config.ts builds those two scripts with every module imported here as a reference to that
 * global (the import lines of this file are that list).
 *
 * The Seller Central content script stays whole: it is what every Seller Central page loads, and
 * its budget is its own gzipped size; split in two files it would cost those pages more.
 */
export default defineUnlistedScript({
  globalName: 'brandSentryCore',
  main: () => ({ account, dom, hosts, limits, marketplaces, readPage, readText, retailKinds, trim }),
});
