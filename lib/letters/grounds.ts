import { noticeTime } from '../notices/complaints';
import { keyFacts, type CitedMark, type KeyFacts, type PriorityFact } from '../dispute/facts';
import { longDateEn } from '../dates';
import type { Notice } from '../model/notice';
import type { LetterInput } from './types';
import { storeName } from '../marketplaces';

/** Sentences shared by the letters, each built only from what the records say. */

/** Marketplaces where a registration at this office gives rights (for "a mark from another office"). */
const OFFICE_MARKETPLACES: Record<string, string[]> = {
  USPTO: ['US'],
  UKIPO: ['UK'],
  EUIPO: ['DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE'],
  DPMA: ['DE'],
  INPI: ['FR'],
  UIBM: ['IT'],
  OEPM: ['ES'],
  JPO: ['JP'],
  CIPO: ['CA'],
  IPAU: ['AU'],
  INDIA: ['IN'],
};

export function factsOf(input: LetterInput): KeyFacts {
  return keyFacts({ ...input, listingChanges: [], brandRoleChanges: [], captures: [], screenshots: [] });
}

export function titleOf(asin: string, notices: readonly Notice[], input: LetterInput): string | null {
  const state = input.listingStates.find((listing) => listing.asin === asin && listing.title);
  if (state?.title) return state.title;
  const notice = notices.find((n) => n.asins.includes(asin) && n.titles.length > 0);
  // A notice's titles line up with its ASINs when it lists both one for one.
  if (!notice) return null;
  return notice.titles.length === notice.asins.length ? notice.titles[notice.asins.indexOf(asin)]! : notice.titles[0]!;
}

/** `- Complaint ID 1472583690, dated 12 March 2026, trademark: ASIN B0CLMR7X2Q "Title", Amazon.com (US)` */
export function complaintLines(notices: readonly Notice[], input: LetterInput): string[] {
  return notices.map((notice) => {
    const ids = notice.complaintIds.length ? `Complaint ID ${notice.complaintIds.join(', ')}` : 'Complaint (no complaint ID in the notice)';
    const type = notice.ipType ?? notice.category;
    const listings = notice.asins.length
      ? notice.asins.map((asin) => { const title = titleOf(asin, [notice], input); return `ASIN ${asin}${title ? ` "${title}"` : ''}`; }).join('; ')
      : '[ASIN]';
    const marks = notice.trademarkNumbers.length ? `; trademark number cited: ${notice.trademarkNumbers.join(', ')}` : '';
    return `- ${ids}, dated ${longDateEn(noticeTime(notice))}, ${type}: ${listings}, ${storeName(notice.marketplace)}${marks}`;
  });
}

export function priorityLine(fact: PriorityFact): string | null {
  if (!fact.ours || fact.daysBefore === null || fact.daysBefore <= 0) return null;
  const registered = `the domain ${fact.domain} was registered (${longDateEn(fact.domainCreatedAt)})`;
  if (fact.ours.source === 'first-sale-date') {
    const brand = fact.ours.brand ? ` ${fact.ours.brand}` : '';
    return `Our brand${brand} made its first sale on ${longDateEn(fact.ours.at)}, ${fact.daysBefore} days before ${registered}.`;
  }
  const listing = fact.ours.asin ? `(ASIN ${fact.ours.asin}, ${storeName(fact.ours.marketplace)}) ` : '';
  return `Our listing ${listing}was first seen on ${longDateEn(fact.ours.at)}, ${fact.daysBefore} days before ${registered}.`;
}

export function markLines(facts: KeyFacts, notices: readonly Notice[]): string[] {
  const ids = new Set(notices.map((notice) => notice.id));
  const lines: string[] = [];
  for (const mark of facts.citedMarks.filter((m) => ids.has(m.noticeId))) {
    const line = citedMarkLine(mark, notices.find((notice) => notice.id === mark.noticeId)!);
    if (line && !lines.includes(line)) lines.push(line);
  }
  for (const own of facts.ownTrademarks) {
    lines.push(`We own trademark ${own.office ? `${own.office} ` : ''}${own.number} for ${own.brand}.`);
  }
  return lines;
}

function citedMarkLine(mark: CitedMark, notice: Notice): string | null {
  if (mark.ownMark) return `The trademark cited (${mark.number}) is our own registration.`;
  const markets = mark.office ? OFFICE_MARKETPLACES[mark.office] : undefined;
  if (markets && notice.marketplace && !markets.includes(notice.marketplace.toUpperCase())) {
    return `The complaint cites trademark ${mark.number}, a ${mark.office} registration, while the listing is on ${storeName(notice.marketplace)}, a marketplace that office's registrations do not cover.`;
  }
  return null;
}

/** Every ground the records support for one group of complaints, as bullet lines. */
export function groundLines(input: LetterInput, notices: readonly Notice[]): string[] {
  const facts = factsOf(input);
  const domains = new Set(notices.map((notice) => notice.complainantDomain));
  const priority = facts.priority.filter((fact) => domains.has(fact.domain)).map(priorityLine).filter((line): line is string => !!line);
  return [...priority, ...markLines(facts, notices)].map((line) => `- ${line}`);
}
