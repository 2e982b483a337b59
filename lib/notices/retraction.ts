import type { NoticeDraft } from '../model/notice';
import { COMPLAINT_CATEGORIES } from './complaints';


export interface RetractionCandidate {
  id: string;
  category: string;
  complaintIds: string[];
  asins: string[];
  marketplace: string | null;
}

/**
 * Ids of the complaint notices a retraction clears.
 * 1. By complaint ID: a candidate that shares one is cleared.
 * 2. Else by ASIN overlap, in the same marketplace when both marketplaces are known. A candidate
 *    with complaint IDs of its own is only cleared by ID when the retraction names IDs: it is a
 *    different complaint on the same listing, and clearing it would hide a live takedown.
 */
export function retractionClears(
  retraction: Pick<NoticeDraft, 'complaintIds' | 'asins' | 'marketplace'>,
  candidates: readonly RetractionCandidate[],
): string[] {
  const complaints = candidates.filter((candidate) => COMPLAINT_CATEGORIES.has(candidate.category));
  const ids = new Set(retraction.complaintIds);
  if (ids.size > 0) {
    const byId = complaints.filter((candidate) => candidate.complaintIds.some((id) => ids.has(id)));
    if (byId.length > 0) return byId.map((candidate) => candidate.id);
  }
  const asins = new Set(retraction.asins);
  if (asins.size === 0) return [];
  return complaints
    .filter((candidate) => ids.size === 0 || candidate.complaintIds.length === 0)
    .filter((candidate) => !retraction.marketplace || !candidate.marketplace || candidate.marketplace === retraction.marketplace)
    .filter((candidate) => candidate.asins.some((asin) => asins.has(asin)))
    .map((candidate) => candidate.id);
}
