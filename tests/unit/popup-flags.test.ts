import { describe, expect, it } from 'vitest';
import { TILES } from '../../components/flag-groups';
import { byUrgency, worstSeverity } from '../../lib/analyze/severity';
import { inMarketplace, popupFlags } from '../../lib/db/queries';
import type { Flag } from '../../lib/model/flag';
import { freshDb } from '../helpers/db';
import { random } from '../helpers/prng';

const ACCOUNTS = ['A2LUMORA0DIRECT', 'A3NORTHWIND0EU', 'A4QUIETSTORE00', null] as const;
const KINDS: Flag['kind'][] = ['listing-takedown', 'hijacked-brand-control', 'suspicious-complainant', 'spoofed-notice', 'follow-seller'];
const DOMAINS = ['lumora-official.co.uk', 'ip-firm-1.com', 'ip-firm-2.com', 'gmail.com'];

/** Flags of three accounts and of none, every kind, severity and state, distinct evidence dates. */
function generated(): Flag[] {
  const rng = random(16);
  return Array.from({ length: 400 }, (_, i) => {
    const account = rng.pick(ACCOUNTS);
    const kind = rng.pick(KINDS);
    const domain = kind === 'suspicious-complainant' ? rng.pick(DOMAINS) : undefined;
    return {
      key: `${kind}:${i}`,
      kind,
      severity: rng.pick(['high', 'medium', 'low'] as const),
      state: rng.pick(['open', 'open', 'acknowledged', 'resolved'] as const),
      account,
      subject: { ...(domain ? { domain } : { asin: `B0${String(i).padStart(8, '0')}` }), ...(account ? { account } : {}) },
      marketplace: rng.pick(['US', 'UK', 'DE', null]),
      reasons: ['notice-removed-listing'],
      findings: [],
      evidence: [],
      firstSeen: 1_000 + i,
      lastSeen: 1_000_000 + rng.int(0, 1_000_000) * 400 + i,
      resolvedBy: null,
      stateChangedAt: 1,
      acknowledgedLastSeen: null,
    } as Flag;
  });
}

/** What the popup must show, computed from every flag in memory. */
function expected(flags: readonly Flag[], account: string | null, marketplace: string | null, limit: number) {
  const open = flags.filter((flag) => flag.state === 'open' && (account === null || flag.account === account) && inMarketplace(flag, marketplace));
  const tiles = Object.fromEntries(
    TILES.map((tile) => {
      const of = open.filter((flag) => tile.kinds.includes(flag.kind));
      return [tile.id, { count: of.length, worst: worstSeverity(of) }];
    }),
  );
  return { tiles, top: [...open].sort(byUrgency).slice(0, limit).map((flag) => flag.key), total: open.length };
}

describe('the popup\'s flags', () => {
  it('counts and picks from the indexes exactly what reading every flag gives, for all accounts and for each, with and without a marketplace', async () => {
    const db = freshDb();
    const flags = generated();
    await db.flags.bulkPut(flags);
    for (const account of ACCOUNTS) {
      for (const marketplace of [null, 'UK']) {
        const read = await popupFlags(db, TILES, marketplace, 8, account);
        const want = expected(flags, account, marketplace, 8);
        expect({ tiles: read.tiles, top: read.top.map((flag) => flag.key), total: read.total }, `account ${account}, marketplace ${marketplace}`).toEqual(want);
        // An account's view never shows another account's flag.
        if (account !== null) expect(read.top.every((flag) => flag.account === account)).toBe(true);
      }
    }
  });

  it('an account with no flags: empty tiles, nothing listed', async () => {
    const db = freshDb();
    await db.flags.bulkPut(generated().filter((flag) => flag.account !== 'A4QUIETSTORE00'));
    const read = await popupFlags(db, TILES, null, 8, 'A4QUIETSTORE00');
    expect(read.total).toBe(0);
    expect(read.top).toEqual([]);
    expect(Object.values(read.tiles).every((tile) => tile.count === 0 && tile.worst === null)).toBe(true);
  });

  it('knows the age of the shown complainants\' domains only, and only when it is known', async () => {
    const db = freshDb();
    const flags = generated();
    await db.flags.bulkPut(flags);
    const checked = { status: 'known', createdAt: 1, registrar: 'Example', reason: null, server: 'https://rdap.example/', checkedAt: 1 } as const;
    await db.domainAges.bulkPut([
      { domain: 'lumora-official.co.uk', ...checked },
      { domain: 'ip-firm-1.com', ...checked, status: 'unknown', createdAt: null, reason: { key: 'rdapNoRecord', params: { domain: 'ip-firm-1.com' } } },
      { domain: 'not-shown.example', ...checked },
    ] as never);
    const read = await popupFlags(db, [{ id: 'complainants', kinds: ['suspicious-complainant'] }], null, 500, null);
    const shown = new Set(read.top.map((flag) => flag.subject.domain));
    expect(shown.has('lumora-official.co.uk') && shown.has('ip-firm-1.com')).toBe(true);
    expect([...read.knownDomainAges]).toEqual(['lumora-official.co.uk']);
  });
});
