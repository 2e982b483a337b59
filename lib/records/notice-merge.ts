import type { Notice, NoticeDraft } from '../model/notice';

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];
const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * One notice however many times it was captured: a page read and the e-mail of the same
 * complaint merge into one record, keeping every capture and the most specific facts.
 */
export function mergeNotice(existing: Notice | undefined, draft: NoticeDraft, id: string, captureId: string, capturedAt: number, account: string | null = null): Notice {
  if (!existing) return { ...draft, id, account, captureIds: [captureId], firstCapturedAt: capturedAt };
  return {
    ...existing,
    category: existing.category === 'other' ? draft.category : existing.category,
    ipType: existing.ipType ?? draft.ipType,
    action: existing.action === 'none' ? draft.action : existing.action,
    complaintIds: union(existing.complaintIds, draft.complaintIds),
    asins: union(existing.asins, draft.asins),
    skus: union(existing.skus, draft.skus),
    titles: union(existing.titles, draft.titles),
    rightsOwnerName: existing.rightsOwnerName ?? draft.rightsOwnerName,
    rightsOwnerEmail: existing.rightsOwnerEmail ?? draft.rightsOwnerEmail,
    complainantDomain: existing.complainantDomain ?? draft.complainantDomain,
    trademarkNumbers: union(existing.trademarkNumbers, draft.trademarkNumbers),
    patentNumbers: union(existing.patentNumbers, draft.patentNumbers),
    sender: existing.sender ?? draft.sender,
    // Seen in Seller Central (true) outweighs "unknown" (null); a false sender never merges
    // here, because its identity is kept apart (see noticeStoreId).
    senderIsAmazon: existing.senderIsAmazon === true || draft.senderIsAmazon === true ? true : (existing.senderIsAmazon ?? draft.senderIsAmazon),
    claimsAmazon: existing.claimsAmazon || draft.claimsAmazon,
    suspiciousLinks: union(existing.suspiciousLinks, draft.suspiciousLinks),
    subject: existing.subject ?? draft.subject,
    receivedAt: earliest(existing.receivedAt, draft.receivedAt),
    marketplace: existing.marketplace ?? draft.marketplace,
    captureIds: union(existing.captureIds, [captureId]),
    firstCapturedAt: Math.min(existing.firstCapturedAt, capturedAt),
  };
}

/**
 * The stored id: the notice's identity, kept apart when the sender is proven not Amazon's (a
 * phishing copy of a real complaint never merges into, and taints, the genuine notice), and for
 * a retraction, which names the complaint it clears by the same complaint ID but is its own event.
 * A retraction that is not proven Amazon's (pasted, read on another site) is kept apart from
 * Amazon's own too: merged, it would lend Amazon's word to the IDs and ASINs it adds.
 */
export function noticeStoreId(identity: string, draft: Pick<NoticeDraft, 'senderIsAmazon' | 'category' | 'action'>, account: string | null = null): string {
  // One account's notice never merges into another's; without an account the id is as before.
  const own = account ? `${identity}@${account}` : identity;
  if (draft.senderIsAmazon === false) return `${retractionEvent(own, draft)}:not-amazon`;
  const closesSomething = draft.category === 'retraction' || draft.action === 'reinstated';
  if (closesSomething && draft.senderIsAmazon !== true) return `${retractionEvent(own, draft)}:unverified`;
  return retractionEvent(own, draft);
}

function retractionEvent(identity: string, draft: Pick<NoticeDraft, 'category'>): string {
  return draft.category === 'retraction' ? `${identity}:retraction` : identity;
}
