import type { Notice } from '../model/notice';
import { csvTable } from './csv';
import { isoDateTime } from '../dates';

const HEADER = [
  'notice_id', 'category', 'ip_type', 'action', 'complaint_ids', 'received_at_utc', 'first_captured_at_utc', 'marketplace', 'asins', 'skus', 'titles',
  'rights_owner_name', 'rights_owner_email', 'complainant_domain', 'trademark_numbers', 'patent_numbers', 'sender', 'sender_is_amazon', 'subject', 'language', 'capture_ids',
] as const;

/** notices.csv: one row per notice; lists joined with " | " (a character no ID or ASIN contains). */
export function noticesCsv(notices: readonly Notice[]): string {
  const join = (values: readonly string[]) => values.join(' | ');
  return csvTable(
    HEADER,
    notices.map((n) => [
      n.id, n.category, n.ipType, n.action, join(n.complaintIds), n.receivedAt === null ? '' : isoDateTime(n.receivedAt), isoDateTime(n.firstCapturedAt), n.marketplace,
      join(n.asins), join(n.skus), join(n.titles), n.rightsOwnerName, n.rightsOwnerEmail, n.complainantDomain, join(n.trademarkNumbers), join(n.patentNumbers),
      n.sender, n.senderIsAmazon === null ? 'unknown' : String(n.senderIsAmazon), n.subject, n.language, join(n.captureIds),
    ]),
  );
}
