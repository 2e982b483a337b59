/**
 * The content script's `browser`: the browser's own API object. Chrome (MV3) and Firefox both
 * return promises from the few calls a content script makes (runtime.sendMessage, runtime.id),
 * so webextension-polyfill would take a large share of the content script's 8 kB budget for
 * nothing. Every other entrypoint keeps the polyfill (wxt.config.ts swaps this in for
 * content scripts only).
 */
type Api = typeof import('webextension-polyfill');
const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Api;
export default browser;
