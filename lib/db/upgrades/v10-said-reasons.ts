/**
 * The version 10 upgrade: a capture's status reason and a domain age's "unknown" reason were
 * English sentences; they become message keys with parameters (`{ key, params }`, lib/said.ts).
 * Frozen with its version: the sentences as Brand Sentry wrote them up to version 9, each with
 * the key that says the same and the names of its captured parts. A sentence of no known form
 * keeps its words under `saidAsStored`. Imports nothing of today's code.
 */
type Form = readonly [pattern: RegExp, key: string, ...names: string[]];
type Said = { key: string; params?: Record<string, string> };

const STATUS_FORMS: readonly Form[] = [
  [/^notice-unrecognised$/, 'reason.noticeUnrecognised'],
  [/^No Brand Sentry reader knows this page/, 'reason.unknownPage'],
  [/^Recognised as a (\S+) page, but no /, 'reason.structuredEmpty', 'kind'],
  [/^Interpreting failed: ([^]*)$/, 'reason.failed', 'detail'],
  [/^Storing its records failed: ([^]*)$/, 'reason.storeFailed', 'detail'],
  [/^Amazon answered with a robot check/, 'reason.robotCheck'],
  [/^Amazon answered with a sign-in page/, 'reason.signIn'],
];

const RDAP_FORMS: readonly Form[] = [
  [/^This is not a domain name that can be registered\.$/, 'rdapNotRegistrable'],
  [/^The \.(.+) registry does not publish registration data over RDAP \(not in IANA's list of (.+)\)\.$/, 'rdapNoService', 'tld', 'date'],
  [/^The registry has no record of (.+) \(not registered, or not published\)\.$/, 'rdapNoRecord', 'domain'],
  [/^The registry is limiting look-ups; try again later\.$/, 'rdapRateLimited'],
  [/^The registry refused the look-up \(HTTP (\d+)\)\.$/, 'rdapRefused', 'status'],
  [/^The registry answered with an error \(HTTP (\d+)\)\.$/, 'rdapHttpError', 'status'],
  [/^The registry did not answer within (\d+) seconds\.$/, 'rdapTimeoutSeconds', 'seconds'],
  [/^The registry did not answer within (\d+) ms\.$/, 'rdapTimeoutMs', 'ms'],
  [/^Could not reach the registry \(offline, blocked, or permission not granted\): ([^]*)\.$/, 'rdapUnreachable', 'detail'],
  [/^The registry sent an answer far too large to be a domain record\.$/, 'rdapTooLarge'],
  [/^The registry answered with something that is not JSON\.$/, 'rdapNotJson'],
  [/^The registry answered, but not with an RDAP domain record\.$/, 'rdapNotRdap'],
  [/^The registry answered without a registration date\.$/, 'rdapNoDate'],
  [/^Permission to ask (.+) was not given\.$/, 'rdapNoPermission', 'host'],
];

function toSaid(forms: readonly Form[], sentence: string): Said {
  // Stored sentences are at most 2,000 characters (the version 9 schema): the patterns run on that.
  const text = sentence.slice(0, 2_000);
  for (const [pattern, key, ...names] of forms) {
    const match = pattern.exec(text);
    if (match) return names.length ? { key, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) } : { key };
  }
  return { key: 'saidAsStored', params: { text } };
}

export function v10CaptureReason(row: { statusReason?: unknown }): void {
  if (typeof row.statusReason === 'string') row.statusReason = toSaid(STATUS_FORMS, row.statusReason);
}

export function v10DomainAgeReason(row: { reason?: unknown }): void {
  if (typeof row.reason === 'string') row.reason = toSaid(RDAP_FORMS, row.reason);
}
