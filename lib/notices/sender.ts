import { hostOf } from '../domains/registrable';
import { MARKETPLACE_DOMAINS } from '../marketplaces';

/**
 * Is an address or link Amazon's? The host must be one of the domains Amazon names as its genuine
 * senders (digests 37-39 and the README's list: every marketplace's domain, and a few more) or a subdomain of one, never "contains amazon":
 * amazon-security@hotmail.com, amazon.example.com, xxx-amazon.com and аmazon.com (Cyrillic а,
 * punycode xn--mazon-3ve.com) all fail. Host suffixes rather than registrableDomain(), because the
 * public suffix list does not know every Amazon country suffix (its ICANN rules give `com.be` for
 * sub.amazon.com.be), and a wrong registrable domain would accept far too much.
 *
 * amazon.cn: Amazon's help lists only the host gs.amazon.cn (Global Selling China), but every
 * name under amazon.cn is Amazon's to give out, so an attacker cannot send from it either; the
 * whole registrable domain is accepted, like the other country domains. SENDER_HOSTS keeps the
 * hosts Amazon lists by name, for the record and for tests.
 */
export const AMAZON_DOMAINS: ReadonlySet<string> = new Set([...MARKETPLACE_DOMAINS, 'amazon.lu', 'amazon.cn', 'amazonsellerservices.com']);

/** Hosts Amazon names as genuine seller-mail senders (digest 39). All fall under AMAZON_DOMAINS. */
export const SENDER_HOSTS: readonly string[] = ['sell.amazon.com', 'sell.amazon.com.au', 'sell.amazon.ca', 'gs.amazon.cn'];

/** The bare address of a From/Reply-To/Return-Path value: `"Amazon" <notice@amazon.com>` -> `notice@amazon.com`. */
export function addressOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.slice(0, 1_000);
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(text);
  const address = bracketed?.[1] ?? /[^\s<>"',;:()]+@[^\s<>"',;:()]+/.exec(text)?.[0];
  return address ? address.toLowerCase().replace(/\.+$/, '') : null;
}

/** True when the address is on a genuine Amazon sender domain. */
export function isAmazonSender(address: string): boolean {
  const bare = addressOf(address);
  return bare !== null && amazonHostOf(bare) !== null;
}

/** True when a URL or host is on an Amazon domain (sellercentral.amazon.de, sellercentral-europe.amazon.com...). */
export function isAmazonHost(urlOrHost: string): boolean {
  return amazonHostOf(urlOrHost) !== null;
}

/**
 * A plain ASCII host in a URL, host or address: `https://host/`, `host`, `user@host`. Anything
 * less plain (backslashes, IDN, odd ports) goes to the full parser in lib/domains/registrable.
 */
const PLAIN_HOST = /^(?:https?:\/\/)?(?:[^@/?#\s\\]*@)?([a-z0-9.-]+?)\.?(?::\d{1,5})?(?:[/?#]|$)/i;

/** The host and Amazon domain (amazon.de, amazon.com...) of a URL, host or address on Amazon, else null. */
export function amazonHostOf(urlHostOrAddress: string): { host: string; domain: string } | null {
  // Every Amazon domain spells "amazon": skip the parsing for everything else.
  if (!/amazon/i.test(urlHostOrAddress)) return null;
  const plain = PLAIN_HOST.exec(urlHostOrAddress.trim());
  const host = plain ? plain[1]!.toLowerCase() : hostOf(urlHostOrAddress);
  if (!host) return null;
  const bare = host.replace(/\.$/, '');
  for (let dot = -1; ; ) {
    const candidate = bare.slice(dot + 1);
    if (AMAZON_DOMAINS.has(candidate)) return { host: bare, domain: candidate };
    dot = bare.indexOf('.', dot + 1);
    if (dot < 0) return null;
  }
}

export interface MailHeadersLike {
  from: string | null;
  replyTo?: string | null;
  returnPath?: string | null;
}

/**
 * Amazon SES's bounce domain. Amazon's own bulk mail may carry a Return-Path there; SES only sends
 * From addresses whose domain the sender verified, so it is accepted in Return-Path (never in
 * From or Reply-To). The Return-Path check is a heuristic either way: it is not SPF or DKIM.
 */
const RETURN_PATH_ONLY = /@(?:[a-z0-9-]+\.)*amazonses\.com$/;

/**
 * Whether a mail is genuinely Amazon's, as far as its headers and links tell (digest 37: check
 * "received from", "reply to" and "return path", not only the display name). null when the
 * sender is unknown.
 */
export function mailIsFromAmazon(mail: MailHeadersLike, suspiciousLinks: readonly string[]): boolean | null {
  if (!addressOf(mail.from)) return suspiciousLinks.length > 0 ? false : null;
  if (!isAmazonSender(mail.from!)) return false;
  const replyTo = addressOf(mail.replyTo);
  if (replyTo && !isAmazonSender(replyTo)) return false;
  const returnPath = addressOf(mail.returnPath);
  if (returnPath && !isAmazonSender(returnPath) && !RETURN_PATH_ONLY.test(returnPath)) return false;
  return suspiciousLinks.length === 0;
}
