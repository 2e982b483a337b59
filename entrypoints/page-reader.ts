import { isWatchedHost, WEBMAIL_HOSTS } from '../lib/hosts';
import { readPage } from '../lib/pages/read-page';
import { readRendered } from '../lib/pages/read-rendered';
import { findPageKind } from '../lib/pages/registry';

/** Set by the background just before this script runs: which open message of a thread to read. */
const CHOICE_KEY = '__brandSentryMessage';

/**
 * Run once in the active tab by one-click capture (scripting.executeScript). Same reader as the
 * content script; its return value is the PageRead the background stores.
 */
export default defineUnlistedScript(() => {
  const url = new URL(location.href);
  const scope = globalThis as Record<string, unknown>;
  const message = typeof scope[CHOICE_KEY] === 'number' ? (scope[CHOICE_KEY] as number) : 0;
  delete scope[CHOICE_KEY];
  // Outside Amazon's own hosts the page's author may be the attacker: only what a person sees.
  // A webmail tab is the seller's mailbox: its reader takes the open message's own parts.
  const visibleText = isWatchedHost(url.hostname) || WEBMAIL_HOSTS.includes(url.hostname) ? undefined : readRendered;
  return readPage(document, url, findPageKind(url), { keepHtml: true, text: 'layout', message, language: navigator.language, visibleText });
});
