import type { EvidenceRecords } from '../dispute/records';

export type LetterKind = 'retraction' | 'appeal' | 'host-takedown' | 'counter-notice' | 'report-violation' | 'seller-notice';

export interface Letter {
  /** Stable and file-name safe: `retraction-1`, `appeal-uk`, `host-takedown-lumora-official.co.uk`, `counter-notice`. */
  id: string;
  kind: LetterKind;
  title: string;
  to: string;
  subject: string;
  /** The letter itself, in English (what Amazon and most rights owners read). */
  body: string;
  /** How to send it, in English (one line). */
  howToSend: string;
  /** For the seller, in Chinese: what the letter is for, what to attach, what to check before sending. */
  guidanceZh: string;
}

export type LetterInput = Pick<EvidenceRecords, 'subject' | 'notices' | 'listingStates' | 'domainAges' | 'profile'> & Partial<Pick<EvidenceRecords, 'offerSellers' | 'account'>> & { generatedAt: number };

export const DISCLAIMER_EN = 'These are drafts prepared from your own records, not legal advice. Check every fact before sending; for a counter-notice or a lawsuit threat, consult a lawyer.';
export const DISCLAIMER_ZH = '以下均为根据您自己的记录生成的草稿，不构成法律意见。发送前请核对每一项事实；涉及反通知或诉讼威胁时，请咨询律师。';
