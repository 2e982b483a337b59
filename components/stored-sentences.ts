import type { MessageKey, Translate } from '../lib/i18n';

/**
 * Sentences the background writes in English (an RDAP look-up's "unknown" reason, kept with the
 * domain's age; why a backup cannot be restored, sent back to the dashboard), told in the UI
 * language. Each form is the lib's own wording as a pattern and the message key that tells it;
 * the captured parts (a domain, an HTTP status, a table name) fill the key's `{names}` in order.
 * The English dictionary holds the same wording, so a test can hold the two together. A
 * sentence of no known form is shown as it is.
 */
type Form = readonly [pattern: RegExp, key: MessageKey, ...names: string[]];

function tell(forms: readonly Form[], sentence: string | null | undefined, t: Translate): string {
  if (!sentence) return '';
  for (const [pattern, key, ...names] of forms) {
    const match = pattern.exec(sentence);
    if (match) return t(key, Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? ''])));
  }
  return sentence;
}

/** lib/domains/rdap.ts: lookupDomainAge's reasons. */
const RDAP_FORMS: readonly Form[] = [
  [/^This is not a domain name that can be registered\.$/, 'rdapNotRegistrable'],
  [/^The \.(.+) registry does not publish registration data over RDAP \(not in IANA's list of (.+)\)\.$/, 'rdapNoService', 'tld', 'date'],
  [/^The registry has no record of (.+) \(not registered, or not published\)\.$/, 'rdapNoRecord', 'domain'],
  [/^The registry is limiting look-ups; try again later\.$/, 'rdapRateLimited'],
  [/^The registry refused the look-up \(HTTP (\d+)\)\.$/, 'rdapRefused', 'status'],
  [/^The registry answered with an error \(HTTP (\d+)\)\.$/, 'rdapHttpError', 'status'],
  [/^The registry did not answer within (\d+) seconds\.$/, 'rdapTimeoutSeconds', 'seconds'],
  [/^The registry did not answer within (\d+) ms\.$/, 'rdapTimeoutMs', 'ms'],
  [/^Could not reach the registry \(offline, blocked, or permission not granted\): (.*)\.$/s, 'rdapUnreachable', 'detail'],
  [/^The registry sent an answer far too large to be a domain record\.$/, 'rdapTooLarge'],
  [/^The registry answered with something that is not JSON\.$/, 'rdapNotJson'],
  [/^The registry answered, but not with an RDAP domain record\.$/, 'rdapNotRdap'],
  [/^The registry answered without a registration date\.$/, 'rdapNoDate'],
];

/** lib/backup/read.ts and restore.ts: why a file is not restored. */
const BACKUP_FORMS: readonly Form[] = [
  [/^The file is not valid JSON; it may be truncated or damaged \((.*)\)\.$/s, 'backupNotJson', 'detail'],
  [/^The file is not a Brand Sentry backup: it holds no JSON object\.$/, 'backupNoObject'],
  [/^This is the evidence\.json of an evidence pack, not a backup\. Choose a brand-sentry-backup-<date>\.json file\.$/, 'backupIsEvidence'],
  [/^The file is not a Brand Sentry backup \(it is not a database export of format "dexie", version 1\)\.$/, 'backupNotDexie'],
  [/^The backup is incomplete: its "data" part with tables and rows is missing\.$/, 'backupNoData'],
  [/^The backup is of another database \("(.*)"\), not of Brand Sentry\.$/s, 'backupOtherDatabase', 'name'],
  [/^The backup does not say which schema version it has\.$/, 'backupNoVersion'],
  [/^The backup comes from a newer Brand Sentry \(database schema version (\d+); this one reads up to version (\d+)\)\. Update the extension, then restore\.$/, 'backupNewer', 'version', 'current'],
  [/^The backup has an unknown database schema version \((.*)\)\.$/, 'backupUnknownVersion', 'version'],
  [/^The backup's table number (\d+) is damaged\.$/, 'backupTableDamaged', 'number'],
  [/^The backup has a table Brand Sentry does not know: "(.*)"\.$/s, 'backupUnknownTable', 'table'],
  [/^The backup has table "(.*)" twice\.$/s, 'backupTableTwice', 'table'],
  [/^The backup's table list is damaged\.$/, 'backupListDamaged'],
  [/^The backup lists table "(.*)" but has no rows for it; the file may be truncated\.$/s, 'backupTableMissing', 'table'],
  [/^Table "(.*)" should have (.*) rows but has (\d+); the file may be truncated\.$/s, 'backupRowCount', 'table', 'expected', 'actual'],
  [/^Table "(.*)", row (\d+)(.*?), field "(.*)": (.*)$/s, 'backupBadField', 'table', 'row', 'key', 'field', 'detail'],
  [/^Table "(.*)", row (\d+): (.*)$/s, 'backupBadRow', 'table', 'row', 'detail'],
  [/^Writing the backup failed, so nothing was changed: (.*)$/s, 'backupWriteFailed', 'detail'],
];

export const describeRdapReason = (reason: string | null | undefined, t: Translate) => tell(RDAP_FORMS, reason, t);
export const describeBackupError = (error: string | null | undefined, t: Translate) => tell(BACKUP_FORMS, error, t);
