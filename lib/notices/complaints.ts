import type { Notice } from '../model/notice';

/**
 * What a stored notice counts as for the rules, the evidence pack and the letters, decided in
 * this one place: a complaint, a retraction, trusted or not, and when it happened.
 */

/** Categories that complain about a listing or an account: the notices a retraction can clear. */
export const COMPLAINT_CATEGORIES: ReadonlySet<string> = new Set<Notice['category']>(['ip-complaint', 'counterfeit', 'policy-warning']);

/** A retraction, or a complaint notice that says the listing was reinstated. */
export function isRetraction(notice: Pick<Notice, 'category' | 'action'>): boolean {
  return notice.category === 'retraction' || notice.action === 'reinstated';
}

/** A complaint standing against the seller: a complaint category, not a reinstatement. */
export function isComplaint(notice: Pick<Notice, 'category' | 'action'>): boolean {
  return COMPLAINT_CATEGORIES.has(notice.category) && !isRetraction(notice);
}

/**
 * A notice Brand Sentry has proof did not come from Amazon is never acted upon: no flag closed
 * or opened by it except as a spoof, no letter answering it. Unknown senders (pastes) count.
 */
export function isTrusted(notice: Pick<Notice, 'senderIsAmazon'>): boolean {
  return notice.senderIsAmazon !== false;
}

/** When a notice happened: its own date, else when Brand Sentry first captured it. */
export function noticeTime(notice: Pick<Notice, 'receivedAt' | 'firstCapturedAt'>): number {
  return notice.receivedAt ?? notice.firstCapturedAt;
}
