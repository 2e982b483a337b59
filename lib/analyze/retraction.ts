import type { Notice } from '../model/notice';
import { isRetraction, noticeTime } from '../notices/complaints';

/**
 * THE retraction rule: the only code that decides whether a retraction, reinstatement or
 * "violation cleared" closes something. Pure and order-free: it reads the notices' own dates and
 * IDs, never the order they were captured in.
 */

type RetractionFacts = Pick<Notice, 'category' | 'action' | 'senderIsAmazon' | 'complaintIds' | 'asins' | 'marketplace' | 'receivedAt' | 'firstCapturedAt'>;
type ComplaintFacts = Pick<Notice, 'complaintIds' | 'asins' | 'marketplace' | 'receivedAt' | 'firstCapturedAt'>;

/**
 * Only Amazon may close a flag: a retraction from an Amazon sender, or read on a Seller Central /
 * Brand Registry page (both `senderIsAmazon === true`). A pasted one, one-click capture of any
 * other site or mail from an unknown sender is evidence and closes nothing: anyone can write
 * "the rights owner has retracted their complaint".
 */
export function isAmazonRetraction(notice: Pick<Notice, 'category' | 'action' | 'senderIsAmazon'>): boolean {
  return notice.senderIsAmazon === true && isRetraction(notice);
}

/**
 * Whether a retraction closes a complaint notice. With complaint IDs on both, exactly the complaints it
 * names, whenever either was captured or dated. Otherwise, the complaints on its ASINs (in its
 * marketplace when both are known) that are not newer than it: a later complaint on the same
 * listing is a new one.
 */
export function retractionCloses(retraction: RetractionFacts, complaint: ComplaintFacts): boolean {
  if (!isAmazonRetraction(retraction)) return false;
  // An Account Health row names no complaint ID: only the listing and its date can tie it to one.
  if (retraction.complaintIds.length > 0 && complaint.complaintIds.length > 0) return complaint.complaintIds.some((id) => retraction.complaintIds.includes(id));
  return sameListing(retraction, complaint.asins, complaint.marketplace) && noticeTime(complaint) <= noticeTime(retraction);
}

/**
 * Whether a retraction closes a removal seen on a page (an Account Health row "Listing removed",
 * inventory "Detail Page Removed"), which names no complaint: a retraction of the listing (by
 * one of the complaint IDs known on it, or by its ASIN) dated at or after the removal. A removal
 * seen after the retraction is the listing still down.
 */
export function retractionClosesRemoval(
  retraction: RetractionFacts,
  removal: { asin: string; marketplace: string | null; at: number },
  complaintIdsOnListing: ReadonlySet<string>,
): boolean {
  if (!isAmazonRetraction(retraction) || noticeTime(retraction) < removal.at) return false;
  return retraction.complaintIds.some((id) => complaintIdsOnListing.has(id)) || sameListing(retraction, [removal.asin], removal.marketplace);
}

function sameListing(retraction: Pick<Notice, 'asins' | 'marketplace'>, asins: readonly string[], marketplace: string | null): boolean {
  if (!asins.some((asin) => retraction.asins.includes(asin))) return false;
  return !retraction.marketplace || !marketplace || retraction.marketplace === marketplace;
}
