import type { BrandSentryDb } from '../db';
import { retractionCloses } from '../analyze/retraction';
import { isComplaint } from '../notices/complaints';
import { profileFor } from '../profiles';
import { listingKey } from '../records/listing-history';
import { offerListingKey } from '../model/offer';
import type { EvidenceInput, EvidenceQuery, EvidenceSubject } from './types';

/** More captures than this make a report nobody reads and a zip too big to attach. */
const MAX_CAPTURES = 200;

/**
 * Gathers the records of one subject from the database: the only database access of the
 * evidence code (the builder stays pure). Read-only, so it also runs inside liveQuery.
 * Returns null when a flag key is unknown (resolved flags are kept, so that means a bad link).
 */
export async function findEvidence(
  db: BrandSentryDb,
  query: EvidenceQuery,
  context: { language?: 'en' | 'zh'; generatedAt?: number } = {},
): Promise<EvidenceInput | null> {
  const subject = await resolve(db, query);
  if (!subject) return null;
  const seed = seedOf(subject);
  // A flag is one account's: the records of another account never enter its evidence.
  const ours = <T extends { account?: string | null }>(rows: T[]): T[] => (subject.kind === 'flag' ? rows.filter((row) => (row.account ?? null) === subject.flag.account) : rows);

  // Notices: the flag's evidence, plus every notice about the same ASINs or complainant domains.
  const byCapture = seed.captureIds.length ? await db.notices.where('captureIds').anyOf(seed.captureIds).toArray() : [];
  const byAsin = seed.asins.length ? await db.notices.where('asins').anyOf(seed.asins).toArray() : [];
  const byDomain = seed.domains.length ? await db.notices.where('complainantDomain').anyOf(seed.domains).toArray() : [];
  const found = ours(unique([...byCapture, ...byAsin, ...byDomain], (n) => n.id));
  // The retractions that close these complaints (the one retraction rule) belong to the same story (a retraction names
  // no complainant domain); retractions are few, so they are read by category and filtered.
  const ids = new Set(found.map((n) => n.id));
  const complaints = found.filter(isComplaint);
  const clearing = ids.size ? ours(await db.notices.where('category').equals('retraction').toArray()).filter((n) => complaints.some((c) => retractionCloses(n, c))) : [];
  const notices = unique([...found, ...clearing], (n) => n.id).sort((a, b) => (a.receivedAt ?? a.firstCapturedAt) - (b.receivedAt ?? b.firstCapturedAt));

  const asins = new Set([...seed.asins, ...notices.flatMap((n) => n.asins)]);
  const domains = new Set([...seed.domains, ...notices.map((n) => n.complainantDomain).filter((d): d is string => !!d)]);
  const listingStates = unique(
    ours([...(asins.size ? await db.listingStates.where('asin').anyOf([...asins]).toArray() : []), ...(seed.listingKeys.length ? await db.listingStates.bulkGet(seed.listingKeys) : [])].filter(
      (state) => !!state,
    )),
    (state) => state.listingKey,
  );
  const listingKeys = listingStates.map((state) => state.listingKey);
  const listingChanges = listingKeys.length ? await db.listingChanges.where('listingKey').anyOf(listingKeys).sortBy('at') : [];
  const brands = new Set([...seed.brands, ...listingStates.map((state) => state.brand).filter((b): b is string => !!b)].map((b) => b.toLowerCase()));
  const brandRoleChanges = brands.size ? ours(await db.brandRoleChanges.orderBy('at').toArray()).filter((change) => brands.has(change.brand.toLowerCase())) : [];
  const domainAges = domains.size ? (await db.domainAges.bulkGet([...domains])).filter((age) => !!age) : [];

  const captureIds = [...new Set([...seed.captureIds, ...notices.flatMap((n) => n.captureIds), ...listingChanges.map((c) => c.captureId)])].slice(0, MAX_CAPTURES);
  const captures = (await db.captures.bulkGet(captureIds)).filter((c) => !!c).sort((a, b) => a.capturedAt - b.capturedAt);
  const screenshots = captureIds.length ? await db.screenshots.where('captureId').anyOf(captureIds).toArray() : [];
  // The letters are signed and the marks compared with the profile of the flag's account.
  const owner = subject.kind === 'flag' ? subject.flag.account : null;
  const profile = await profileFor(db, owner);
  const known = owner ? await db.accounts.get(owner) : undefined;
  const account = owner ? { id: owner, name: known?.name ?? null } : null;
  const [offerSellers, offerSnapshots] = seed.offerListing
    ? await Promise.all([db.offerSellers.where('listingKey').equals(seed.offerListing).toArray(), db.offerSnapshots.where('listingKey').equals(seed.offerListing).sortBy('capturedAt')])
    : [[], []];
  const featuredOfferSignals = seed.offerListing ? ours(await db.featuredOfferSignals.where('listingKey').equals(seed.offerListing).sortBy('capturedAt')) : [];

  return {
    subject,
    notices,
    listingStates,
    listingChanges,
    brandRoleChanges,
    domainAges,
    captures,
    screenshots,
    profile,
    account,
    offerSellers,
    offerSnapshots,
    featuredOfferSignals,
    language: context.language ?? 'en',
    generatedAt: context.generatedAt ?? Date.now(),
  };
}

async function resolve(db: BrandSentryDb, query: EvidenceQuery): Promise<EvidenceSubject | null> {
  if (query.kind !== 'flag') return query;
  const flag = await db.flags.get(query.key);
  return flag ? { kind: 'flag', flag } : null;
}

interface Seed {
  captureIds: string[];
  asins: string[];
  domains: string[];
  listingKeys: string[];
  brands: string[];
  /** A follow-seller flag's listing (`B0...@US`): its offer history goes into the pack. */
  offerListing?: string;
}

/** What a subject names directly: a flag's typed subject, its findings' ASINs and its evidence. */
function seedOf(subject: EvidenceSubject): Seed {
  if (subject.kind === 'asin') return { captureIds: [], asins: [subject.asin], domains: [], listingKeys: [], brands: [] };
  if (subject.kind === 'domain') return { captureIds: [], asins: [], domains: [subject.domain], listingKeys: [], brands: [] };
  const flag = subject.flag;
  const about = flag.subject;
  const seed: Seed = { captureIds: flag.evidence, asins: [], domains: [], listingKeys: [], brands: [] };
  const asinFacts = flag.findings.map((f) => f.facts.asin).filter((a): a is string => !!a && /^[A-Z0-9]{10}$/.test(a));
  seed.asins.push(...asinFacts);
  if (about.asin !== undefined || about.sku !== undefined) {
    const key = listingKey({ asin: about.asin ?? null, sku: about.sku ?? null, marketplace: about.marketplace ?? null }, flag.account);
    if (key) seed.listingKeys.push(key);
    if (about.asin !== undefined) seed.asins.push(about.asin);
  }
  if (about.brand !== undefined) seed.brands.push(about.brand);
  if (flag.kind === 'follow-seller' && about.asin !== undefined && about.marketplace !== undefined) seed.offerListing = offerListingKey(about.asin, about.marketplace);
  // A freemail sender's address names no domain of its own: its notices are the flag's evidence.
  if (flag.kind === 'suspicious-complainant' && about.domain !== undefined) seed.domains.push(about.domain);
  return seed;
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

