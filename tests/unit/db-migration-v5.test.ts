import { describe, expect, it } from 'vitest';
import { BrandSentryDb } from '../../lib/db';
import { SCHEMA_VERSIONS } from '../../lib/db/schema';
import { Flag, flagKey, flagSubjectLabel } from '../../lib/model/flag';

/**
 * Version 5 turns each stored flag's subject string into typed fields. The key is unchanged (an
 * acknowledged flag stays acknowledged), and the new subject derives the same key again.
 */
const CASES: [kind: Flag['kind'], subject: string, typed: Flag['subject'], label: string][] = [
  ['listing-takedown', 'B0CLMR7X2Q@US', { asin: 'B0CLMR7X2Q', marketplace: 'US' }, 'B0CLMR7X2Q · US'],
  ['listing-takedown', 'B0CLMR7X2Q@?', { asin: 'B0CLMR7X2Q' }, 'B0CLMR7X2Q'],
  ['hijacked-brand-control', 'sku:LUM-01@a@UK', { sku: 'LUM-01@a', marketplace: 'UK' }, 'SKU LUM-01@a · UK'],
  ['hijacked-brand-control', 'brand:Lumora', { brand: 'Lumora' }, 'Lumora'],
  ['suspicious-complainant', 'lumora-official.co.uk', { domain: 'lumora-official.co.uk' }, 'lumora-official.co.uk'],
  ['suspicious-complainant', 'lumora.ip@gmail.com', { address: 'lumora.ip@gmail.com' }, 'lumora.ip@gmail.com'],
  ['suspicious-complainant', 'owner:rights holder', { rightsOwner: 'rights holder' }, 'rights holder'],
  ['spoofed-notice', 'amaz0n-seller.com', { domain: 'amaz0n-seller.com' }, 'amaz0n-seller.com'],
  ['spoofed-notice', 'unknown-sender', {}, ''],
];

function v4Flag(kind: Flag['kind'], subject: string) {
  return {
    key: `${kind}:${subject}`, kind, severity: 'high', subject, marketplace: null, reasons: ['brand-changed'], findings: [{ reason: 'brand-changed', facts: {} }],
    evidence: ['c'], firstSeen: 1, lastSeen: 2, resolvedBy: null, state: 'acknowledged', stateChangedAt: 3, acknowledgedLastSeen: 2,
  };
}

describe('schema version 5: typed flag subjects', () => {
  it('turns every version 4 subject string into fields, keeping the key and the seller state', async () => {
    const name = `migration-v5-${Math.random()}`;
    const old = new BrandSentryDb(name, undefined, SCHEMA_VERSIONS.filter((entry) => entry.version <= 4));
    await old.open();
    await old.table('flags').bulkAdd(CASES.map(([kind, subject]) => v4Flag(kind, subject)));
    old.close();

    const current = new BrandSentryDb(name);
    await current.open();
    const flags = await current.flags.toArray();
    expect(flags).toHaveLength(CASES.length);
    for (const [kind, subject, typed, label] of CASES) {
      const flag = flags.find((f) => f.key === `${kind}:${subject}`)!;
      expect(flag.subject, subject).toEqual(typed);
      expect(Flag.safeParse(flag).success, subject).toBe(true);
      expect(flagKey(flag.kind, flag.subject), 'the typed subject derives the same key').toBe(flag.key);
      expect(flagSubjectLabel(flag.subject)).toBe(label);
      expect(flag.state).toBe('acknowledged');
    }
    current.close();
  });

  it('appends seller and account to a key only when a subject has them', () => {
    expect(flagKey('listing-takedown', { asin: 'B0CLMR7X2Q', marketplace: 'US' })).toBe('listing-takedown:B0CLMR7X2Q@US');
    expect(flagKey('listing-takedown', { asin: 'B0CLMR7X2Q', marketplace: 'US', account: 'A1' })).toBe('listing-takedown:B0CLMR7X2Q@US;account=A1');
    expect(flagKey('listing-takedown', { asin: 'B0CLMR7X2Q', marketplace: 'US', sellerId: 'S9' })).toBe('listing-takedown:B0CLMR7X2Q@US;seller=S9');
    expect(flagKey('spoofed-notice', { sellerId: 'S9', marketplace: 'DE' })).toBe('spoofed-notice:seller=S9@DE');
    expect(flagSubjectLabel({ asin: 'B0CLMR7X2Q', marketplace: 'US', sellerId: 'S9' })).toBe('B0CLMR7X2Q · S9 · US');
  });
});
