import { hostOf } from '../domains/registrable';
import { MARKETPLACE_DOMAINS } from '../marketplaces';

/**
 * Is an address or link Amazon's? The host must be one of the domains Amazon names as its genuine
 * senders (in its help on spoofed e-mails: every marketplace's domain, and a few more) or a subdomain of one, never "contains amazon":
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

/** Hosts Amazon names as genuine seller-mail senders. All fall under AMAZON_DOMAINS. */
export const SENDER_HOSTS: readonly string[] = ['sell.amazon.com', 'sell.amazon.com.au', 'sell.amazon.ca', 'gs.amazon.cn'];

/**
 * The address of one header value (From, Reply-To, Return-Path), read by its structure: the
 * angle-addr that ENDS the value (`"Name" <notice@amazon.com>`), else the whole value when it is
 * a bare address. Never an address found inside the display name: in
 * `"Amazon <x@amazon.com>" <someone@elsewhere.example>` the sender is someone@elsewhere.example,
 * and `"Amazon <x@amazon.com>"` alone (a name, no address) has none. One pass of indexOf and
 * character checks, bounded by the cap: no regex backtracks over the value.
 */
export function headerAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.slice(0, 1_000).trim();
  if (text.endsWith('>')) {
    const open = text.lastIndexOf('<');
    return open < 0 ? null : bareAddress(text.slice(open + 1, -1));
  }
  return bareAddress(text);
}

/** The display name of a header value: what precedes its angle-addr, or the whole value when it has no address. */
export function headerDisplayName(value: string | null | undefined): string {
  if (!value) return '';
  const text = value.slice(0, 1_000).trim();
  if (!headerAddress(text)) return text;
  return text.endsWith('>') ? text.slice(0, text.lastIndexOf('<')).trim() : '';
}

/** Every address of a list header (Reply-To: `a@x, "B" <b@y>`), each read by headerAddress. */
export function headerAddresses(value: string | null | undefined): string[] {
  if (!value) return [];
  const found: string[] = [];
  // Split at commas outside quotes and angle brackets, in one pass.
  let quoted = false;
  let angle = false;
  let from = 0;
  const text = value.slice(0, 1_000);
  for (let at = 0; at <= text.length; at++) {
    const char = text[at];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '<') angle = true;
    else if (!quoted && char === '>') angle = false;
    else if (at === text.length || (char === ',' && !quoted && !angle)) {
      const address = headerAddress(text.slice(from, at));
      if (address) found.push(address);
      from = at + 1;
    }
  }
  return found;
}

/**
 * `local@domain` in lower case (trailing dots of the domain dropped), or null: exactly the
 * characters an address may have outside quotes, one `@`, a dotted domain.
 */
export function bareAddress(candidate: string): string | null {
  const text = candidate.trim();
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return null;
  let end = text.length;
  while (end > at + 1 && text[end - 1] === '.') end--;
  const domain = text.slice(at + 1, end);
  if (!domain.includes('.') || domain.startsWith('.')) return null;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // Whitespace, controls, quotes, brackets and separators cannot be in a bare address.
    if (code <= 0x20 || code === 0x7f || '<>"\'\\(),;:[]'.includes(text[i]!)) return null;
  }
  return `${text.slice(0, at)}@${domain}`.toLowerCase();
}

/** True when a bare address (or a header value, read by headerAddress) is on a genuine Amazon sender domain. */
export function isAmazonSender(address: string): boolean {
  const bare = headerAddress(address);
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
  /** The sender's address as the mail parser (postal-mime) or the webmail header attribute gives it. */
  fromAddress?: string | null;
  replyTo?: string | null;
  returnPath?: string | null;
}

/**
 * The sender's address: the one the mail parser or webmail header gave (`fromAddress`), else
 * the address that ends the From value. Never searched for inside the display name.
 */
export function senderAddress(mail: MailHeadersLike | null | undefined): string | null {
  if (!mail) return null;
  return (mail.fromAddress ? bareAddress(mail.fromAddress.slice(0, 320)) : null) ?? headerAddress(mail.from);
}

/** The From presents itself as Amazon (its display name says Amazon, in any script we read). */
export function presentsAsAmazon(from: string | null | undefined): boolean {
  return /amazon|亚马逊|亞馬遜|アマゾン/i.test(headerDisplayName(from));
}

/**
 * Amazon SES's bounce domain. Amazon's own bulk mail may carry a Return-Path there; SES only sends
 * From addresses whose domain the sender verified, so it is accepted in Return-Path (never in
 * From or Reply-To). The Return-Path check is a heuristic either way: it is not SPF or DKIM.
 */
const RETURN_PATH_ONLY = /@(?:[a-z0-9-]+\.)*amazonses\.com$/;

/**
 * Whether a mail is genuinely Amazon's, as far as its headers and links tell (Amazon's help says: check
 * "received from", "reply to" and "return path", not only the display name). Decided on parsed
 * addresses only: a display name never makes a mail Amazon's. false when the sender is not
 * Amazon's, or when a From that presents itself as Amazon has no address; null when the sender
 * is unknown (no address, no claim, no phishing link).
 */
export function mailIsFromAmazon(mail: MailHeadersLike, suspiciousLinks: readonly string[]): boolean | null {
  const from = senderAddress(mail);
  if (!from) return suspiciousLinks.length > 0 || presentsAsAmazon(mail.from) ? false : null;
  if (!isAmazonSender(from)) return false;
  // A display name that holds an address (`Amazon <x@amazon.com> <y@elsewhere>` unquoted, which
  // parsers split either way) makes the sender ambiguous: Amazon's own mail never does this.
  if (headerDisplayName(mail.from).includes('@')) return false;
  if (headerAddresses(mail.replyTo).some((replyTo) => !isAmazonSender(replyTo))) return false;
  const returnPath = headerAddress(mail.returnPath);
  if (returnPath && !isAmazonSender(returnPath) && !RETURN_PATH_ONLY.test(returnPath)) return false;
  return suspiciousLinks.length === 0;
}

/** Header names of a From line, as mail clients write them when a mail is copied (en, de, fr/es, it, ja, zh). */
const FROM_LINE = /^[ \t>*]*(?:from|von|de|da|差出人|发件人|寄件人|寄件者)[ \t]*[:：][ \t]*/i;

/**
 * The From line of pasted text (a mail copied with its headers), among its first lines: the
 * value after the label, or null. The last one: a forwarded mail shows the forwarder's From
 * first and the original sender's below it. Each line is capped before it is matched.
 */
export function pastedFromLine(text: string): string | null {
  let found: string | null = null;
  let start = 0;
  for (let line = 0; line < 200 && start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const value = text.slice(start, Math.min(end, start + 1_000));
    const label = FROM_LINE.exec(value);
    if (label) found = value.slice(label[0].length).trim() || found;
    start = end + 1;
  }
  return found;
}
