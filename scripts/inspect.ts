/**
 * Support's view of what Brand Sentry makes of files: `npm run --silent inspect -- [--profile FILE]
 * [--url URL] [--evidence DIR] FILE...`. Each file (.html saved page, .txt pasted notice, .eml)
 * goes, in order, through the extension's own pipeline into one in-memory database; one JSON
 * object is printed. Exit code 2 only for bad arguments or unreadable files.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ingest } from '../lib/background/ingest';
import { recomputeFlags } from '../lib/background/recompute';
import { BrandSentryDb } from '../lib/db';
import { loadDomainListsFromDisk } from '../lib/domains/lists-node';
import { senderNotFound } from '../lib/mail-capture';
import { flagSubjectLabel } from '../lib/model/flag';
import { ProfileFile } from '../lib/model/profile';
import { writeEvidencePacks } from './inspect-evidence';
import { tell } from '../components/said';
import { installMessages, translator } from '../lib/i18n';
import { readInputFile, UnsupportedFile } from './read-file';
import { installParserDataFromSources } from '../lib/parser-data-sources';
import { MESSAGES } from '../lib/i18n/messages';

// What the extension loads from its package (lib/parser-data.ts, lib/i18n), here from the sources.
installParserDataFromSources();
installMessages(MESSAGES);

const english = translator('en');

function fail(message: string): never {
  process.stderr.write(`inspect: ${message}\nusage: npm run --silent inspect -- [--profile FILE] [--url URL] [--message N] [--evidence DIR] FILE...\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { profile: { type: 'string' }, url: { type: 'string' }, evidence: { type: 'string' }, message: { type: 'string' } } });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
if (positionals.length === 0) fail('no input files');
// Which open message of a saved webmail thread to read, as the popup offers them: 0 (the default) is the newest.
const message = values.message === undefined ? undefined : /^\d{1,2}$/.test(values.message) ? Number(values.message) : fail('--message takes a number (0 is the newest open message)');

const profile = await (async () => {
  if (!values.profile) return ProfileFile.parse({});
  const text = await readFile(values.profile, 'utf8').catch(() => fail(`cannot read profile ${values.profile}`));
  const parsed = ProfileFile.safeParse((() => { try { return JSON.parse(text); } catch { return fail(`profile ${values.profile} is not JSON`); } })());
  return parsed.success ? parsed.data : fail(`profile ${values.profile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
})();

const db = new BrandSentryDb(`inspect-${process.pid}`);
const { accounts, ...shared } = profile;
await db.profile.put({ id: 'me', account: null, profile: shared, updatedAt: 0 });
// Each account of the file: its own profile, and its store name, by which a message naming it is tied to it.
for (const { id, name, ...own } of accounts) {
  await db.profile.put({ id, account: id, profile: own, updatedAt: 0 });
  await db.accounts.put({ id, account: id, name, region: null, firstSeenAt: 0, lastSeenAt: 0 });
}
// Files are captured one second apart, in the order given, so "later" means later on the command line.
const start = Date.now();
const captures = [];
for (const [index, file] of positionals.entries()) {
  const now = start + index * 1_000;
  let input;
  try {
    input = await readInputFile(file, { url: values.url, now, message });
  } catch (error) {
    if (error instanceof UnsupportedFile) {
      captures.push({ file, status: 'failed', pageKind: null, reason: error.message, reasonKey: null, account: null, accountName: null, notices: [], listings: [], offers: [], featuredOffers: [] });
      continue;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EACCES') fail(`cannot read ${file}`);
    captures.push({ file, status: 'failed', pageKind: null, reason: error instanceof Error ? error.message : String(error), reasonKey: null, account: null, accountName: null, notices: [], listings: [], offers: [], featuredOffers: [] });
    continue;
  }
  const result = await ingest(db, { read: input.read, source: input.source, now });
  const stored = await db.captures.get(result.captureId);
  const notices = await db.notices.where('captureIds').equals(result.captureId).toArray();
  const listings = await db.listingSnapshots.where('captureId').equals(result.captureId).toArray();
  const offerReads = await db.offerSnapshots.where('captureId').equals(result.captureId).toArray();
  const featured = await db.featuredOfferSignals.where('captureId').equals(result.captureId).toArray();
  captures.push({
    file,
    status: result.status === 'pending' ? 'failed' : result.status,
    pageKind: result.pageKind,
    // In English, as support reads it; reasonKey is the message key the extension stores.
    reason: result.statusReason ? tell(result.statusReason, english) : null,
    reasonKey: result.statusReason?.key ?? null,
    // Whose account the page showed (merchant token) or the message named; null when unknown.
    account: stored?.account ?? null,
    accountName: stored?.accountName ?? null,
    // A webmail capture's header as read, and whether a sender address was found (the popup's warning).
    ...(input.read.pageKind === 'webmail'
      ? { mail: input.read.mail && { from: input.read.mail.from, subject: input.read.mail.subject, date: input.read.mail.date }, senderNotFound: senderNotFound(input.read) }
      : {}),
    notices: notices.map((n) => ({
      category: n.category,
      ipType: n.ipType,
      action: n.action,
      complaintIds: n.complaintIds,
      asins: n.asins,
      skus: n.skus,
      rightsOwnerName: n.rightsOwnerName,
      rightsOwnerEmail: n.rightsOwnerEmail,
      complainantDomain: n.complainantDomain,
      trademarkNumbers: n.trademarkNumbers,
      patentNumbers: n.patentNumbers,
      sender: n.sender,
      senderIsAmazon: n.senderIsAmazon,
      subject: n.subject,
      receivedAt: n.receivedAt === null ? null : new Date(n.receivedAt).toISOString(),
      marketplace: n.marketplace,
    })),
    listings: listings.map((l) => ({
      asin: l.asin,
      sku: l.sku,
      marketplace: l.marketplace,
      brand: l.brand,
      title: l.title,
      status: l.status,
      lockedAttributes: l.lockedAttributes ?? [],
      conflicts: l.conflicts,
    })),
    // A retail product page or offer list: every offer it showed (the follow-seller flags use the profile's sellerIds and authorizedSellers).
    offers: offerReads.flatMap((snapshot) =>
      snapshot.offers.map((o) => ({ sellerId: o.sellerId, sellerName: o.sellerName, price: o.price, currency: o.currency, featured: o.featured, fulfilledByAmazon: o.fulfilledByAmazon, shipsFrom: o.shipsFrom, condition: o.condition })),
    ),
    // A saved Manage Inventory or Business Reports page: what it says about each listing's featured offer (Buy Box).
    featuredOffers: featured.map((f) => ({ asin: f.asin, marketplace: f.marketplace, sku: f.sku, source: f.source, yourPrice: f.yourPrice, featuredPrice: f.featuredPrice, currency: f.currency, lost: f.lost, percentage: f.percentage })),
  });
}

await recomputeFlags(db, await loadDomainListsFromDisk(), start + positionals.length * 1_000);
const flags = (await db.flags.toArray()).map((f) => ({ key: f.key, kind: f.kind, severity: f.severity, account: f.account, subject: f.subject, label: flagSubjectLabel(f.subject), reasons: f.reasons, state: f.state }));
flags.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const evidence = values.evidence ? await writeEvidencePacks(db, values.evidence, start + positionals.length * 1_000).catch((error) => fail(`cannot write the evidence packs to ${values.evidence}: ${error instanceof Error ? error.message : String(error)}`)) : undefined;
process.stdout.write(`${JSON.stringify({ captures, flags, ...(evidence ? { evidence } : {}) }, null, 2)}\n`);
db.close();
