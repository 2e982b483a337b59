import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../lib/background/ingest';
import { recomputeFlags } from '../../lib/background/recompute';
import { loadDomainListsFromDisk } from '../../lib/domains/lists-node';
import { buildTimeline } from '../../lib/evidence/timeline';
import { PageRead } from '../../lib/model/page-read';
import { BrandProfile } from '../../lib/model/profile';
import { readPastedText } from '../../lib/notices/paste';
import { freshDb } from '../helpers/db';
import { realNotice } from '../helpers/real-notices';

const NOW = Date.UTC(2026, 11, 2, 9);
const profile = BrandProfile.parse(JSON.parse(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'profiles', 'lumora.json'), 'utf8')));

async function pipeline(texts: string[]) {
  const db = freshDb();
  await db.profile.put({ id: 'me', account: null, profile, updatedAt: 0 });
  for (const [index, text] of texts.entries()) {
    await ingest(db, { read: PageRead.parse(readPastedText(text, NOW + index * 1_000)), source: 'paste', now: NOW + index * 1_000 });
  }
  await recomputeFlags(db, await loadDomainListsFromDisk(), NOW + 60_000);
  return { db, flags: await db.flags.toArray(), notices: await db.notices.toArray() };
}

/** A rights owner's trademark complaint as pasted from a mail: no date, no marketplace, a UK mark, a title naming the brand. */
const UNDATED_UK_MARK = `Hello,
We removed some of your listings because we received a report from a rights owner that they may infringe the rights owner's trademark.

These are the rights owner's contact details:
-- Lumora Brand Holdings Ltd
-- ip@lumora-brandholdings.co.uk

ASIN: B0CLMR7X2Q - Lumora Pour-Over Set
Infringement type: Trademark
Trademark number: UK00003987412
Complaint ID: 1472583690`;

describe('pasted notices in context', () => {
  it('raises spoofed-notice for pasted phishing that claims to be Amazon and sends the reader to pay or sign in elsewhere', async () => {
    const { flags } = await pipeline([realNotice('en-phishing-greetings-amazon-services.txt')]);
    expect(flags.map((flag) => flag.kind)).toEqual(['spoofed-notice']);
    expect(flags[0]).toMatchObject({ subject: { domain: 'billing-update-center.com' }, reasons: ['non-amazon-login-link'], severity: 'high' });
  });

  it('raises nothing for a pasted genuine-looking notice without such a link', async () => {
    const { flags } = await pipeline([realNotice('en-related-account-privileges-removed.txt')]);
    expect(flags.filter((flag) => flag.kind === 'spoofed-notice')).toEqual([]);
  });

  it('gives an undated paste an unknown date, ordered by capture only among undated entries', async () => {
    const { notices } = await pipeline([UNDATED_UK_MARK, realNotice('ja-shohyo-sakujo-itashimashita.txt').replace('申し立てID', '日付: 2025年3月4日\n申し立てID')]);
    const undated = notices.find((notice) => notice.complaintIds.includes('1472583690'))!;
    expect(undated.receivedAt).toBeNull();
    const dated = notices.find((notice) => notice !== undated)!;
    expect(dated.receivedAt).toBe(Date.UTC(2025, 2, 4));
    // Captured first, but not dated by its capture: the dated notice (sent long before) comes first, the undated one after it.
    const timeline = buildTimeline({ notices, listingChanges: [], brandRoleChanges: [], domainAges: [], listingStates: [] });
    expect(timeline.map((entry) => [entry.kind === 'notice' && entry.notice.id, !!entry.undated])).toEqual([[dated.id, false], [undated.id, true]]);
  });

  it('uses the marketplaces the profile lists for the brand the listing belongs to when the notice names none', async () => {
    const { flags, notices } = await pipeline([UNDATED_UK_MARK]);
    expect(notices[0]!.marketplace).toBeNull();
    const complainant = flags.find((flag) => flag.kind === 'suspicious-complainant');
    expect(complainant?.reasons).toContain('foreign-trademark');
    const takedown = flags.find((flag) => flag.kind === 'listing-takedown');
    expect(takedown?.subject).toEqual({ asin: 'B0CLMR7X2Q', marketplace: 'US' });
  });
});
