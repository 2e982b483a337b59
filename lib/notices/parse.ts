import { registrableDomain } from '../domains/registrable';
import type { NoticeDraft } from '../model/notice';
import { classify, hasNoticeSignal, type Counts } from './classify';
import { findTextDate, parseDate } from './dates';
import { parseMailDate } from './mail-date';
import { readFields, type FieldScan } from './fields';
import type { FieldKind, PhraseGroup } from './labels';
import { detectLanguage } from './language';
import { linksInText, suspiciousLinks, type LinkLike } from './links';
import { inferMarketplace } from './marketplace';
import { normaliseText, squash, type Squashed } from './normalise';
import { findRightsOwner } from './rights-owner';
import { scanEvents, type EventKind, type EventScan } from './events';
import { scanText, type TextScan } from './scan';
import { headerAddress, headerDisplayName, isAmazonSender, mailIsFromAmazon, pastedFromLine, senderAddress } from './sender';
import type { NoticeSource } from './source';
import {
  asinsInText, asinsInValue, cleanTitle, complaintIdsInValue, patentNumbers, skusInValue, titleAfterAsin, trademarkNumbers, unique,
} from './values';
import { countPhrases } from './vocabulary';

/** Field kinds that occur in notices: one of them (or a heading, or notice vocabulary) makes a text notice-shaped. */
const NOTICE_FIELDS: readonly FieldKind[] = ['trademarkNumber', 'patentNumber'];
/** Events told in Amazon's voice: "we removed some of your listings", "we have deactivated your account". */
const AMAZON_VOICE = ['event.listingRemoved', 'event.imagesRemoved', 'event.accountDeactivated', 'event.retraction', 'event.brandRegistry'] as const;

/** US/EP/CN... patent numbers written without a label ("US 10,123,456 B2", "ZL 2019 2 1234567.8" is left to labels). */
const PATENT_IN_TEXT = /(?<![A-Za-z0-9])(?:US|EP|CN|JP|DE|WO)\s?(?:D\s?)?\d{1,3}(?:[,.]?\d{3}){1,4}(?:\s?[ABSU]\d?)?(?![A-Za-z0-9])/g;

/** parseNotice without its safety net: tests run this one so a bug cannot hide behind the net. */
export function parseNoticeStrict(source: NoticeSource): NoticeDraft | null {
  const body = normaliseText(source.text ?? '');
  const subject = source.mail?.subject ? normaliseText(source.mail.subject).slice(0, 2_000) : null;
  // The subject is part of what the notice says ("Notice: Policy Warning", "必要なアクション: ...").
  const text = subject ? `${subject}\n\n${body}` : body;
  const squashed = squash(text);
  const scan = scanText(text, squashed);
  const fields = readFields(text, scan);
  const phrases = countPhrases(scan.phrases, scan.headingSpans);
  const language = detectLanguage(text, squashed, scan.languageHits, phrases.languageHits);
  const events = scanEvents(text, language, headingRanges(scan));
  const counts = mergeEvents(phrases.counts, events, scan, squashed);

  const values = (kind: FieldKind) => fields.values.get(kind) ?? [];
  const asinValues = values('asin');
  const asins = unique([...asinValues.flatMap(asinsInValue), ...asinsInText(text, fields.exampleRanges)]).slice(0, 2_000);

  // Null only for text that is clearly no notice: nothing notice-like, or notice-like words
  // (a blog about copyright) with neither Amazon, nor an ASIN or another Amazon-only field, nor
  // Amazon's voice ("we removed some of your listings").
  const amazonFields = (['asin', 'complaintId', 'infringementType'] as const).some((kind) => fields.values.has(kind)) || fields.ownerBlocks.length > 0;
  const links: LinkLike[] = [...(source.links ?? []).slice(0, 1_000), ...linksInText(body)];
  const suspicious = suspiciousLinks(links);
  // Phishing speaks as Amazon with a word more ("Greetings from Amazon all Services"): Amazon named next to a login, pay or verify link off Amazon claims it too.
  const claims = (counts.get('claim') ?? 0) > 0 || fields.headingCount > 0 || (suspicious.length > 0 && mentionsAmazonByName(squashed.text));
  const isNoticeShaped =
    amazonFields || asins.length > 0 || NOTICE_FIELDS.some((kind) => fields.values.has(kind)) || fields.headingCount > 0 || hasNoticeSignal(counts) ||
    // A text that speaks as Amazon and sends the reader to sign in, pay or verify elsewhere: phishing.
    (claims && suspicious.length > 0) ||
    // Amazon's team warning in its own name ("stiamo esaminando il tuo account ... Team Performance Venditore").
    (claims && (counts.get('event.warning') ?? 0) > 0);
  const mentionsAmazon =
    source.origin === 'seller-central' ||
    amazonFields ||
    asins.length > 0 ||
    AMAZON_VOICE.some((group) => (counts.get(group) ?? 0) > 0) ||
    claims ||
    mentionsAmazonByName(squashed.text) ||
    isAmazonSender(senderAddress(source.mail) ?? '');
  if (!isNoticeShaped || !mentionsAmazon) return null;

  const complaintIds = unique(values('complaintId').flatMap(complaintIdsInValue)).slice(0, 200);
  const titles = unique(
    [...values('title').map(cleanTitle), ...asinValues.map(titleAfterAsin)].filter((title): title is string => title !== null),
  ).slice(0, 500);
  // Joined so the same number written twice (the old template does) is kept once.
  const marks = trademarkNumbers(values('trademarkNumber').join(';')).slice(0, 100);
  const reportedByWords = (counts.get('reporter') ?? 0) > 0;
  const reporter =
    reportedByWords || fields.ownerBlocks.length > 0 || fields.values.has('rightsOwnerEmail') || fields.values.has('rightsOwnerName');
  const classification = classify({
    counts,
    infringementTypes: values('infringementType'),
    hasComplaintFields: complaintIds.length > 0 || fields.values.has('complaintId') || marks.length > 0 || fields.values.has('patentNumber'),
    reporter,
    reportedByWords,
  });
  const patents = unique([
    ...patentNumbers(values('patentNumber').join(';')),
    ...(classification.ipType === 'patent' || classification.ipType === 'design' ? unlabelledPatents(text) : []),
  ]).slice(0, 100);

  const ownerMentions = scan.phrases.filter((match) => match.entry.groups.has('rightsOwner')).map((match) => squashed.origin[match.start]!);
  const owner = findRightsOwner(text, fields, ownerMentions);
  const { sender, senderIsAmazon, displayName } = senderOf(source, body, suspicious);
  return {
    ...classification,
    complaintIds,
    asins,
    skus: unique(values('sku').flatMap(skusInValue)).slice(0, 2_000),
    titles,
    rightsOwnerName: owner.name,
    rightsOwnerEmail: owner.email ? owner.email.slice(0, 320) : null,
    complainantDomain: owner.email ? registrableDomain(owner.email)?.slice(0, 253) ?? null : null,
    trademarkNumbers: marks,
    patentNumbers: patents,
    sender,
    senderIsAmazon,
    claimsAmazon: claims || claimsAmazon(counts, fields, amazonFields, displayName),
    suspiciousLinks: suspicious,
    subject: subject ?? firstValue(fields, 'subject'),
    receivedAt: receivedAt(source, fields, body),
    marketplace: (source.marketplace ?? inferMarketplace(sender, links, body))?.slice(0, 8) ?? null,
    language,
  };
}

/** Template headings in the normalised text ("Have your listings been removed in error?" is no event). */
function headingRanges(scan: TextScan): [number, number][] {
  return scan.hits.filter((hit) => hit.type === 'heading').map((hit) => [hit.start, hit.valueStart]);
}

const EVENT_GROUPS: Partial<Record<EventKind, PhraseGroup>> = {
  accountDeactivated: 'event.accountDeactivated',
  listingRemoved: 'event.listingRemoved',
  imagesRemoved: 'event.imagesRemoved',
  reinstated: 'event.retraction',
  rightsOwnerReported: 'reporter',
  // A buyer's complaint is a warning about the listing, whatever it leads to.
  buyerComplaint: 'event.warning',
  brandRegistryChange: 'event.brandRegistry',
};

/**
 * Phrase counts with the events read by meaning: an event read by words counts; a phrase match
 * inside a clause that the words read as negated, possible or conditional ("has not been removed",
 * "if ... reinstated") does not. Phrases elsewhere still count, which keeps text whose spaces are
 * lost (a PDF copy) readable. "Your listing is still active" cancels a listing removal that only a
 * phrase reported.
 */
function mergeEvents(phraseCounts: ReadonlyMap<PhraseGroup, number>, events: EventScan, scan: TextScan, squashed: Squashed): Map<PhraseGroup, number> {
  const counts = new Map(phraseCounts);
  // Spans and phrase matches both come in text order: one merge pass.
  const spans = events.blockedSpans.filter((span) => !events.found.has(span.kind));
  let first = 0;
  for (const match of scan.phrases) {
    const at = squashed.origin[match.start]!;
    while (first < spans.length && spans[first]!.end <= at) first++;
    for (let i = first; i < spans.length && spans[i]!.start <= at; i++) {
      const group = EVENT_GROUPS[spans[i]!.kind];
      if (group && match.entry.groups.has(group)) counts.set(group, Math.max(0, (counts.get(group) ?? 0) - 1));
    }
  }
  for (const [kind, group] of Object.entries(EVENT_GROUPS) as [EventKind, PhraseGroup][]) {
    if (events.found.has(kind)) counts.set(group, Math.max(1, counts.get(group) ?? 0));
  }
  if (events.found.has('remainsActive') && !events.found.has('listingRemoved')) counts.delete('event.listingRemoved');
  return counts;
}

/**
 * Who sent it, decided on parsed addresses only. A Seller Central page is Amazon's (the caller
 * checked the host it was read on); a mail is judged by its headers (mailIsFromAmazon). Pasted
 * text is never Amazon's, whatever it says: a From line it carries (a mail copied with its
 * headers) can only prove the sender is NOT Amazon, when its address is elsewhere.
 */
function senderOf(source: NoticeSource, body: string, suspicious: readonly string[]) {
  if (source.origin === 'seller-central') return { sender: null, senderIsAmazon: true, displayName: '' };
  if (source.origin === 'mail') {
    const mail = source.mail ?? { from: null };
    return { sender: senderAddress(mail)?.slice(0, 320) ?? null, senderIsAmazon: mailIsFromAmazon(mail, suspicious), displayName: source.mail?.fromName ?? headerDisplayName(mail.from) };
  }
  const fromLine = pastedFromLine(body);
  const address = headerAddress(fromLine);
  return {
    sender: address?.slice(0, 320) ?? null,
    senderIsAmazon: address && !isAmazonSender(address) ? false : null,
    displayName: headerDisplayName(fromLine),
  };
}

function mentionsAmazonByName(squashed: string): boolean {
  return squashed.includes('amazon') || squashed.includes('亚马逊') || squashed.includes('アマゾン');
}

/**
 * The text presents itself as Amazon's: a team name or sign-off, a template heading, a sender
 * display name with Amazon in it, or Amazon's notice voice (an event such as "we removed" next to
 * notice fields). With senderIsAmazon === false this is the spoofed-notice signal.
 */
function claimsAmazon(counts: Counts, fields: FieldScan, amazonFields: boolean, displayName: string): boolean {
  if ((counts.get('claim') ?? 0) > 0 || fields.headingCount > 0 || /amazon|亚马逊|亞馬遜|アマゾン/i.test(displayName)) return true;
  if (!amazonFields) return false;
  for (const [group, count] of counts) if (group.startsWith('event.') && count > 0) return true;
  return false;
}

/**
 * The mail's Date header (a webmail header in the mailbox's locale, read with the page's
 * language), else the page's date, else a "Date:" line, else the first date in the text.
 */
function receivedAt(source: NoticeSource, fields: FieldScan, body: string): number | null {
  const fromMail = parseDate(source.mail?.date) ?? parseMailDate(source.mail?.date, source.lang);
  if (fromMail !== null) return fromMail;
  if (typeof source.pageDate === 'number' && Number.isFinite(source.pageDate)) return Math.round(source.pageDate);
  for (const value of fields.values.get('date') ?? []) {
    const parsed = parseDate(value);
    if (parsed !== null) return parsed;
  }
  return findTextDate(body);
}

function firstValue(fields: FieldScan, kind: FieldKind): string | null {
  return fields.values.get(kind)?.[0]?.slice(0, 2_000) ?? null;
}

function unlabelledPatents(text: string): string[] {
  const found: string[] = [];
  PATENT_IN_TEXT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PATENT_IN_TEXT.exec(text)) && found.length < 20) found.push(...patentNumbers(match[0]));
  return found;
}

/**
 * True for text that looks like one of Amazon's seller notices (Amazon named or speaking, and
 * notice vocabulary: an event, IP words, a template heading or a notice field) whether or not a
 * notice could be read from it. A capture of such text that yields no notice is "unrecognised",
 * never "interpreted" with nothing (a miss must look like a miss).
 */
export function looksLikeNotice(source: NoticeSource): boolean {
  const body = normaliseText(source.text ?? '');
  const subject = source.mail?.subject ? normaliseText(source.mail.subject).slice(0, 2_000) : '';
  const text = subject ? `${subject}\n\n${body}` : body;
  const squashed = squash(text);
  const scan = scanText(text, squashed);
  const counts = countPhrases(scan.phrases, scan.headingSpans).counts;
  const labelled = scan.hits.some((hit) => hit.type === 'label' && (hit.kind === 'asin' || hit.kind === 'complaintId' || hit.kind === 'infringementType'));
  const vocabulary =
    labelled || scan.headingSpans.length > 0 || hasNoticeSignal(counts) || (['trademark', 'copyright', 'patent', 'design'] as const).some((group) => (counts.get(group) ?? 0) > 0);
  const amazon =
    source.origin === 'seller-central' || (counts.get('claim') ?? 0) > 0 || mentionsAmazonByName(squashed.text) || (source.mail?.from ? isAmazonSender(source.mail.from) : false);
  return vocabulary && amazon;
}
