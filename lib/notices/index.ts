import type { NoticeDraft } from '../model/notice';
import { parserData } from '../parser-data';
import { looksLikeNotice as looksLikeNoticeStrict, parseNoticeStrict } from './parse';
import type { NoticeSource } from './source';

/**
 * The notice parser: text -> NoticeDraft. Pure (no DOM, storage or browser API), so the same code
 * reads a Seller Central page, a webmail tab, an .eml file and pasted text.
 */

export type { NoticeSource } from './source';
export { noticeIdentity } from './identity';
export { noticeFromPolicyRow } from './policy-row';
export { isAmazonSender, isAmazonHost } from './sender';

/**
 * A notice from its text, or null when the text is clearly not an Amazon notice. A notice it
 * only half understands comes back with category 'other'. Never throws: an input that breaks a
 * parser step (which the tests hunt for with generated texts) reads as "not a notice" rather than
 * losing the capture; the raw capture is kept by the caller either way.
 */
export function parseNotice(source: NoticeSource): NoticeDraft | null {
  // Outside the try: words not loaded are the caller's bug, never "not a notice".
  parserData();
  try {
    if (!source || typeof source !== 'object') return null;
    return parseNoticeStrict(source);
  } catch {
    return null;
  }
}

/** Text that looks like an Amazon seller notice (see ./parse.ts); false for anything it cannot read. */
export function looksLikeNotice(source: NoticeSource): boolean {
  parserData();
  try {
    return !!source && typeof source === 'object' && looksLikeNoticeStrict(source);
  } catch {
    return false;
  }
}
