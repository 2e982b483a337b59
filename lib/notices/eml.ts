import PostalMime, { type Address, type Email } from 'postal-mime';
import { fnv1a } from '../hash';
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from '../model/limits';
import type { MailHeaders, PageReadInput } from '../model/page-read';
import { anchorsOf, htmlToText } from './html-text';
import { bareAddress } from './sender';

/**
 * An .eml file (a notice the seller saved or forwarded) as a PageRead, through postal-mime.
 * text: the text/plain part, else the HTML part turned into text; links: the HTML part's anchors;
 * mail: From, Reply-To, Return-Path, Subject, Date as the headers give them.
 *
 * Never throws. A file postal-mime cannot parse at all is read as raw text, with the headers found
 * by a plain scan of its header block, so a damaged file still becomes a capture the seller can see.
 */
export async function readEml(raw: string | ArrayBuffer): Promise<PageReadInput> {
  let email: Email | null = null;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: 'base64', maxNestingDepth: 50 });
  } catch {
    email = null;
  }
  return email ? fromEmail(email) : fromDamaged(raw);
}

function fromEmail(email: Email): PageReadInput {
  const html = email.html ?? null;
  const text = (email.text?.trim() ? email.text : html ? htmlToText(html) : '').replace(/\r\n?/g, '\n');
  const mail: MailHeaders = {
    from: cap(formatAddress(email.from)),
    // The address postal-mime parsed, apart from the display name: the sender check reads this.
    fromAddress: email.from && !email.from.group ? bareAddress(email.from.address?.slice(0, 320) ?? '') : null,
    replyTo: cap(email.replyTo?.map(formatAddress).filter(Boolean).join(', ') || null),
    returnPath: cap(email.returnPath ?? headerValue(email, 'return-path')),
    subject: email.subject?.slice(0, 2_000) ?? null,
    date: email.date?.slice(0, 200) ?? null,
  };
  return {
    url: emlUrl(email.messageId, email.subject, text),
    title: (email.subject ?? '').slice(0, 2_000),
    pageKind: 'eml',
    marketplace: null,
    lang: null,
    text: text.slice(0, MAX_TEXT_CHARS),
    html: html ? html.slice(0, MAX_HTML_CHARS) : null,
    links: html ? anchorsOf(html) : [],
    mail,
  };
}

/** What can be read from a file postal-mime rejects: its header lines and the rest as text. */
function fromDamaged(raw: string | ArrayBuffer): PageReadInput {
  let source = '';
  try {
    source = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { fatal: false }).decode(raw);
  } catch {
    source = '';
  }
  source = source.replace(/\r\n?/g, '\n');
  const split = source.indexOf('\n\n');
  const head = split >= 0 ? source.slice(0, split) : '';
  const body = split >= 0 ? source.slice(split + 2) : source;
  const header = (name: string) => {
    const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\n[ \\t].*)*)`, 'im').exec(head.slice(0, 100_000));
    return match ? match[1]!.replace(/\n[ \t]+/g, ' ').trim().slice(0, 1_000) : null;
  };
  const subject = header('Subject');
  return {
    url: emlUrl(header('Message-ID'), subject, body),
    title: (subject ?? '').slice(0, 2_000),
    pageKind: 'eml',
    marketplace: null,
    lang: null,
    text: body.slice(0, MAX_TEXT_CHARS),
    html: null,
    links: [],
    mail: {
      from: header('From'),
      // No parser vouches for it: the sender check reads the address that ends the From value.
      fromAddress: null,
      replyTo: header('Reply-To'),
      returnPath: header('Return-Path'),
      subject: subject?.slice(0, 2_000) ?? null,
      date: header('Date')?.slice(0, 200) ?? null,
    },
  };
}

/** `eml:<message-id>`, else `eml:<subject>`, else a hash of the text. */
function emlUrl(messageId: string | null | undefined, subject: string | null | undefined, text: string): string {
  const id = messageId?.replace(/^<|>$/g, '').trim();
  if (id) return `eml:${id}`.slice(0, 8_000);
  if (subject?.trim()) return `eml:${subject.trim()}`.slice(0, 8_000);
  return `eml:${fnv1a(text).toString(16).padStart(8, '0')}`;
}

/**
 * `Name <address>` or the address; groups flattened. A name with brackets, quotes or an `@` is
 * quoted, so whatever it holds (`Amazon <x@amazon.com>`) stays a name when the value is read
 * again (headerAddress).
 */
function formatAddress(address: Address | undefined): string | null {
  if (!address) return null;
  if (address.group) return address.group.map((member) => formatAddress(member)).filter(Boolean).join(', ') || null;
  // postal-mime gives a quoted name with no address as the address (`"Amazon <x@amazon.com>"`):
  // what is not a bare address is part of the name.
  const bare = bareAddress(address.address ?? '');
  const nameText = [address.name, bare ? '' : address.address].filter(Boolean).join(' ');
  const name = /[<>"@,;:\\]/.test(nameText) ? `"${nameText.replace(/["\\]/g, '\\$&')}"` : nameText;
  if (!bare) return name || null;
  return name ? `${name} <${bare}>` : bare;
}

function headerValue(email: Email, key: string): string | null {
  return email.headers.find((header) => header.key === key)?.value ?? null;
}

function cap(value: string | null): string | null {
  return value ? value.slice(0, 1_000) : null;
}
