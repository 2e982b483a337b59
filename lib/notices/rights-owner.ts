import type { FieldScan } from './fields';
import { isMasked } from './normalise';
import { isAmazonSender } from './sender';
import { inRanges } from './values';
import { chars, charsOrSpace, trimEndWhere } from '../trim';

/**
 * Who complained. In order of trust:
 * 1. the block after "These are the rights owner's contact details:" ("-- Name", "-- email",
 *    or "-- Name, email" on one line);
 * 2. labelled fields ("Rights owner:", "Email:" at a line start);
 * 3. the old template: a bullet line with an e-mail just after a sentence that
 *    names the rights owner ("...retraction from the rights owner:\n-- ip@brand.example").
 * Amazon's own addresses, "[email protected]" placeholders (Cloudflare-obfuscated copies),
 * masked values and the example terms quoted from help text (AmazonBasics, Pinzon) never count.
 */

export interface RightsOwner {
  name: string | null;
  email: string | null;
}

/** E-mail addresses found by expanding around each '@': no regex that could backtrack on long runs. */
export function findEmails(text: string, limit = 20): { address: string; index: number }[] {
  const found: { address: string; index: number }[] = [];
  let at = text.indexOf('@');
  while (at > 0 && found.length < limit) {
    let start = at;
    while (start > 0 && isLocalChar(text.charCodeAt(start - 1)) && at - start < 64) start--;
    let end = at + 1;
    while (end < text.length && isDomainChar(text.charCodeAt(end)) && end - at < 255) end++;
    const local = text.slice(start, at).replace(/^[.'-]+/, '');
    const domain = trimEndWhere(text.slice(at + 1, end), DOMAIN_END);
    if (local && /^[^.\s]+(?:\.[^.\s]+)+$/.test(domain) && /\p{L}{2,}$/u.test(domain)) {
      found.push({ address: `${local}@${domain}`.toLowerCase(), index: start });
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return found;
}

function isLocalChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39 || code > 0x7f
  );
}

function isDomainChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 45 || (code > 0x7f && code !== 0x3002 && code !== 0xff0c);
}

/** "xxxxx@xxxx.com", "****@***.com": a masked address is no address. */
function isMaskedEmail(address: string): boolean {
  const [local = '', domain = ''] = address.split('@');
  return isMasked(local) || isMasked(domain.split('.')[0] ?? '');
}

function usableEmail(address: string): boolean {
  return !isMaskedEmail(address) && !isAmazonSender(address);
}

/** Separators after a name or an address's domain, trimmed by linear scans (attacker text). */
const NAME_END = charsOrSpace(',;:|/-');
const DOMAIN_END = chars('.-');

/** A display name, unless it is masked, a placeholder or Amazon itself. */
function usableName(name: string): string | null {
  const cleaned = trimEndWhere(name.replace(/^[\s\-–—•·*>]+/, ''), NAME_END).trim();
  if (!cleaned || isMasked(cleaned) || cleaned.length < 2) return null;
  if (/\[?email\s*protected\]?/i.test(cleaned) || /^amazon(\.\w+)*$/i.test(cleaned)) return null;
  return cleaned.slice(0, 500);
}

function fromLines(lines: readonly string[]): RightsOwner {
  let name: string | null = null;
  let email: string | null = null;
  for (const line of lines) {
    const emails = findEmails(line, 3).filter((found) => usableEmail(found.address));
    const masked = emails.length === 0 && findEmails(line, 1).length > 0;
    if (emails.length > 0 && !email) email = emails[0]!.address;
    if (!name && !masked) {
      const withoutEmail = emails.length > 0 ? line.slice(0, emails[0]!.index) : line;
      if (!/https?:\/\//i.test(withoutEmail)) name = usableName(withoutEmail);
    }
  }
  return { name, email };
}

/**
 * @param ownerMentions where the text names the rights owner (indexes in the normalised text), for
 *   the old template's bullet after such a sentence.
 */
export function findRightsOwner(text: string, fields: FieldScan, ownerMentions: readonly number[]): RightsOwner {
  const owner: RightsOwner = { name: null, email: null };
  const merge = (found: RightsOwner) => {
    owner.name ??= found.name;
    owner.email ??= found.email;
  };
  for (const block of fields.ownerBlocks) merge(fromLines(block));
  for (const value of fields.values.get('rightsOwnerName') ?? []) merge(fromLines([value]));
  for (const value of fields.values.get('rightsOwnerEmail') ?? []) {
    const found = findEmails(value, 1)[0];
    if (found && usableEmail(found.address)) owner.email ??= found.address;
  }
  if (!owner.email) merge(oldTemplateOwner(text, ownerMentions, fields.exampleRanges));
  return owner;
}

const BULLET_LINE = /^\s*(?:-{1,3}|[–—•·])\s*\S/;

/** A bullet line with an e-mail within three lines after a line that names the rights owner. */
function oldTemplateOwner(text: string, ownerMentions: readonly number[], skip: readonly [number, number][]): RightsOwner {
  for (const mention of ownerMentions.slice(0, 50)) {
    let lineStart = text.indexOf('\n', mention) + 1;
    for (let line = 0; line < 3 && lineStart > 0 && lineStart < text.length; line++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const content = text.slice(lineStart, lineEnd);
      if (BULLET_LINE.test(content) && !inRanges(lineStart, skip)) {
        const found = findEmails(content, 2).find((email) => usableEmail(email.address));
        if (found) return { name: usableName(content.slice(0, found.index).replace(/^\s*(?:-{1,3}|[–—•·])\s*/, '')), email: found.address };
      }
      lineStart = lineEnd + 1;
    }
  }
  return { name: null, email: null };
}
