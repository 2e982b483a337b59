/** Bench bundle: the content script's reader and page registry, as `globalThis.BrandSentryRead`. */
export { readPage } from '../../../lib/pages/read-page';
export { PAGE_KINDS, findPageKind } from '../../../lib/pages/registry';
export { PAGE_EXAMPLES } from '../../../lib/pages/examples';
export { forgetChanged, OBSERVED } from '../../../lib/pages/dom';
