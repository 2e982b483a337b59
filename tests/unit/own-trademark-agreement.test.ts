import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../lib/background/ingest';
import { recomputeFlags } from '../../lib/background/recompute';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import type { DomainLists } from '../../lib/domains/lists';
import { keyFacts } from '../../lib/dispute/facts';
import { BrandProfile } from '../../lib/model/profile';
import { isComplaint, isTrusted } from '../../lib/notices/complaints';
import { readInputFile } from '../../scripts/read-file';
import { freshDb } from '../helpers/db';
import { FIXTURE_DIR } from '../helpers/fixtures';

/**
 * The evidence pack's "own mark" and the `own-trademark-asserted` flag decide with one rule
 * (lib/domains/own-trademark.ts). On every notice fixture, with a profile that owns every number
 * the fixtures cite (as written, and written again without its punctuation), the marks the pack
 * calls the seller's own are exactly the ones the flag names, for trusted complaints from anyone
 * but the seller. A profile owning nothing gives neither.
 */
const NOTICES = join(FIXTURE_DIR, 'notices');
const files = readdirSync(NOTICES).filter((file) => /\.(txt|eml)$/.test(file)).sort();

let lists: DomainLists;
beforeAll(async () => {
  lists = await loadDomainListsFromDisk();
});

async function run(file: string, profileOf: (cited: string[]) => BrandProfile) {
  const db = freshDb();
  const now = Date.UTC(2026, 10, 1);
  const { read, source } = await readInputFile(join(NOTICES, file), { now });
  await ingest(db, { read, source, now });
  const notices = await db.notices.toArray();
  const profile = profileOf(notices.flatMap((notice) => notice.trademarkNumbers));
  await db.profile.put({ id: 'me', account: null, profile, updatedAt: 0 });
  await recomputeFlags(db, lists, now + 1_000);
  const complaints = notices.filter((notice) => isComplaint(notice) && isTrusted(notice) && (notice.complainantDomain || notice.rightsOwnerName));
  const facts = keyFacts({ subject: { kind: 'asin', asin: 'B000000000' }, notices: complaints, listingStates: [], listingChanges: [], brandRoleChanges: [], domainAges: [], captures: [], screenshots: [], profile });
  const inPack = [...new Set(facts.citedMarks.filter((mark) => mark.ownMark).map((mark) => mark.number.trim()))].sort();
  const flagged = [...new Set((await db.flags.toArray()).flatMap((flag) => flag.findings.filter((f) => f.reason === 'own-trademark-asserted').map((f) => f.facts.number!)))].sort();
  db.close();
  return { inPack, flagged, cited: complaints.flatMap((notice) => notice.trademarkNumbers) };
}

const owning = (cited: string[]) =>
  BrandProfile.parse({
    brands: [{ name: 'Lumora', officialDomains: ['lumora.com'], trademarks: [...new Set(cited.flatMap((number) => [number, number.replace(/[^0-9A-Za-z]/g, '')]))].map((number) => ({ office: null, number })) }],
  });
const owningNothing = () => BrandProfile.parse({ brands: [{ name: 'Lumora', officialDomains: ['lumora.com'], trademarks: [{ office: 'USPTO', number: '1234567' }] }] });

describe('own mark: the evidence pack and the own-trademark-asserted flag agree', () => {
  it('has notice fixtures citing trademark numbers to check', async () => {
    let citing = 0;
    for (const file of files) if ((await run(file, owningNothing)).cited.length > 0) citing += 1;
    expect(citing).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it.each(files)('%s', async (file) => {
    const owned = await run(file, owning);
    expect(owned.inPack, 'own marks in the pack = numbers the flag names').toEqual(owned.flagged);
    if (owned.cited.length > 0) expect(owned.flagged.length, 'every cited number is owned here').toBeGreaterThan(0);
    const none = await run(file, owningNothing);
    expect(none.inPack).toEqual([]);
    expect(none.flagged).toEqual([]);
  });
});
