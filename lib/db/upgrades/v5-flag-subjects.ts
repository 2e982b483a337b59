/**
 * The version 5 upgrade: flags stored with their subject as one string get it as typed fields.
 * Frozen with the version it belongs to: it reads the string forms the rules wrote up to
 * version 4 and imports nothing of today's code, so later changes to the rules or the model
 * cannot change what this upgrade does. Restoring an older backup runs it too.
 */

/** The typed subject of version 5, as written by this upgrade. */
export interface V5FlagSubject {
  asin?: string;
  sku?: string;
  marketplace?: string;
  brand?: string;
  domain?: string;
  address?: string;
  rightsOwner?: string;
}

/**
 * A version 4 subject string as typed fields, by the flag's kind: `ASIN@MP` and `sku:X@MP`
 * (`?` for an unknown marketplace), `brand:Name`, a domain, a freemail sender's address,
 * `owner:name`, and `unknown-sender`.
 */
export function v4SubjectToTyped(kind: string, subject: string): V5FlagSubject {
  if (kind === 'listing-takedown' || kind === 'hijacked-brand-control') {
    if (subject.startsWith('brand:')) return { brand: subject.slice('brand:'.length) };
    const at = subject.lastIndexOf('@');
    const id = at < 0 ? subject : subject.slice(0, at);
    const marketplace = at < 0 ? '?' : subject.slice(at + 1);
    const typed: V5FlagSubject = id.startsWith('sku:') ? { sku: id.slice('sku:'.length) } : { asin: id };
    if (marketplace !== '?' && marketplace !== '') typed.marketplace = marketplace;
    return typed;
  }
  if (kind === 'suspicious-complainant') {
    if (subject.startsWith('owner:')) return { rightsOwner: subject.slice('owner:'.length) };
    return subject.includes('@') ? { address: subject } : { domain: subject };
  }
  if (kind === 'spoofed-notice') return subject === 'unknown-sender' ? {} : { domain: subject };
  return {};
}

/** One stored flag row upgraded; a row whose subject is already typed is left as it is. */
export function upgradeFlagRow<T extends { kind: string; subject: unknown }>(row: T): T {
  return typeof row.subject === 'string' ? { ...row, subject: v4SubjectToTyped(row.kind, row.subject) } : row;
}
