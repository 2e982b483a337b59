import { isComplaint, isTrusted, noticeTime } from '../notices/complaints';
import type { Notice } from '../model/notice';
import { appealLetter } from './appeal';
import { counterNoticeOutline } from './counter-notice';
import { followSellerLetters } from './follow-seller';
import { hostTakedownLetter } from './host-takedown';
import { retractionLetter } from './retraction';
import { DISCLAIMER_EN, DISCLAIMER_ZH, type Letter, type LetterInput } from './types';

export type { Letter, LetterInput, LetterKind } from './types';
export { DISCLAIMER_EN, DISCLAIMER_ZH } from './types';

/**
 * Letter drafts for the complaints in the records, pure: one retraction request per rights
 * owner, one appeal per marketplace, one takedown request per complainant domain, and a
 * counter-notice outline when a complaint is about copyright. Notices proven not to come from
 * Amazon get no letters: answering a phishing mail is what its sender wants. A follow-seller flag
 * gets its "Report a Violation" text and a polite notice to the seller.
 */
export function draftLetters(input: LetterInput): Letter[] {
  const offers = followSellerLetters(input);
  if (offers.length) return offers;
  const complaints = input.notices.filter((notice) => isComplaint(notice) && isTrusted(notice)).sort((a, b) => noticeTime(a) - noticeTime(b));
  if (complaints.length === 0) return [];
  const letters: Letter[] = [];
  [...groupBy(complaints, (n) => n.rightsOwnerEmail?.toLowerCase() ?? n.rightsOwnerName ?? n.complainantDomain ?? '?').values()].forEach((group, i) =>
    letters.push(retractionLetter(input, group, i + 1)),
  );
  for (const [marketplace, group] of groupBy(complaints, (n) => n.marketplace ?? '')) letters.push(appealLetter(input, group, marketplace || null));
  for (const [domain, group] of groupBy(complaints, (n) => n.complainantDomain ?? '')) if (domain) letters.push(hostTakedownLetter(input, domain, group));
  const copyright = complaints.filter((notice) => notice.ipType === 'copyright');
  if (copyright.length) letters.push(counterNoticeOutline(input, copyright));
  return letters;
}

function groupBy(notices: readonly Notice[], key: (notice: Notice) => string): Map<string, Notice[]> {
  const groups = new Map<string, Notice[]>();
  for (const notice of notices) {
    const k = key(notice);
    groups.set(k, [...(groups.get(k) ?? []), notice]);
  }
  return groups;
}

/** A letter as a .txt file: headers, body, the Chinese guidance and the disclaimer in both languages. */
export function letterText(letter: Letter): string {
  return [
    `To: ${letter.to}`,
    `Subject: ${letter.subject}`,
    '',
    letter.body,
    '',
    '----------------------------------------',
    `How to send: ${letter.howToSend}`,
    '',
    '说明（中文）:',
    letter.guidanceZh,
    '',
    DISCLAIMER_EN,
    DISCLAIMER_ZH,
    '',
  ].join('\n');
}
