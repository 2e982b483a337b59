import { WEBMAIL_HOSTS } from '../hosts';
import { dictionary } from './labels';
import { squashPhrase } from './normalise';
import { isAmazonHost } from './sender';
import { chars, trimEndWhere } from '../trim';

/**
 * Phishing links: a link whose text or URL asks for a login (sign in, verify, Seller Central,
 * 登录...) but leads to a host that is not Amazon's (Amazon's help: "phish sites put amazon somewhere
 * else in the URL"). Links come from the page or mail HTML (href + text) and from URLs written in
 * the text itself.
 */

export interface LinkLike {
  href: string;
  text: string;
}

const MAX_LINKS = 500;
const MAX_HREF = 4_000;
/** Punctuation that ends a sentence after a URL, not the URL. */
const PROSE_END = chars('.,;:!?');
/** "https://..." up to a space or a character that cannot end a URL in prose. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]{}]+/gi;

/** URLs written in the text. A URL cut by the copy (" ... ") is not a link anyone can follow. */
export function linksInText(text: string): LinkLike[] {
  const links: LinkLike[] = [];
  URL_IN_TEXT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = URL_IN_TEXT.exec(text)) && links.length < MAX_LINKS) {
    const href = trimEndWhere(match[0], PROSE_END);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 6);
    if (match[0].endsWith('...') || /^\s*\.\.\./.test(after)) continue;
    // A URL longer than any real one is no link anyone follows (and a PageRead caps links there).
    if (href.length > MAX_HREF) continue;
    links.push({ href, text: '' });
  }
  return links;
}

/** The real target of a webmail safety redirect (Outlook safelinks, Google's /url?q=). */
export function unwrapRedirect(href: string): string {
  try {
    const url = new URL(href);
    const host = url.hostname.toLowerCase();
    if (host.endsWith('safelinks.protection.outlook.com')) return url.searchParams.get('url') ?? href;
    if ((host === 'www.google.com' || host === 'google.com') && url.pathname === '/url') return url.searchParams.get('q') ?? href;
  } catch {
    // not a URL: judged as it is
  }
  return href;
}

/**
 * The webmail's own sign-in and account pages: a captured Gmail or Outlook tab links to them from
 * its toolbar, and nobody but Google or Microsoft can put a page there.
 */
const WEBMAIL_UI_HOSTS = new Set([
  ...WEBMAIL_HOSTS, 'accounts.google.com', 'myaccount.google.com', 'login.live.com', 'login.microsoftonline.com', 'account.microsoft.com',
]);

/** Links that ask for credentials and do not lead to Amazon. */
export function suspiciousLinks(links: readonly LinkLike[]): string[] {
  const words = dictionary().loginWords;
  const found: string[] = [];
  for (const link of links.slice(0, MAX_LINKS * 2)) {
    const href = unwrapRedirect(link.href.trim());
    if (!/^https?:\/\//i.test(href) || isAmazonHost(href) || WEBMAIL_UI_HOSTS.has(plainHost(href))) continue;
    const said = squashPhrase(`${link.text} ${safeDecode(href)}`);
    if (words.some((word) => said.includes(word)) && !found.includes(href)) found.push(href.slice(0, 2_000));
    if (found.length >= 50) break;
  }
  return found;
}

function plainHost(href: string): string {
  return /^https?:\/\/([^/?#:\\@]+)(?=[/?#:]|$)/i.exec(href)?.[1]?.toLowerCase() ?? '';
}

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
