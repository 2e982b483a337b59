import type { BrandRoleSnapshot } from '../../lib/db';
import type { BrandRoleChange, BrandRoleState } from '../../lib/model/brand-role';
import type { Capture } from '../../lib/model/capture';
import type { DomainAge } from '../../lib/model/domain-intel';
import type { ListingChange, ListingSnapshot } from '../../lib/model/listing';
import type { ListingState } from '../../lib/model/listing-state';
import type { Notice } from '../../lib/model/notice';
import { BrandProfile } from '../../lib/model/profile';
import { rebuildListing } from '../../lib/records/listing-history';
import { asin, digits, random } from '../../tests/helpers/prng';
import { DAY, notice, snapshot, T0 } from '../../tests/helpers/records';

/**
 * A big seller's database, generated: 10,000 notices and 50,000 listing snapshots (5,000
 * listings seen in 10 inventory sweeps of 500 pages), with listing states and changes derived by
 * rebuildListing as the background derives them, a brand profile, Brand Registry roles, RDAP
 * answers, and the captures every record points to. Deterministic (seeded).
 */
export interface Dataset {
  notices: Notice[];
  listingSnapshots: ListingSnapshot[];
  listingStates: ListingState[];
  listingChanges: ListingChange[];
  brandRoleSnapshots: BrandRoleSnapshot[];
  brandRoles: BrandRoleState[];
  brandRoleChanges: BrandRoleChange[];
  profile: BrandProfile;
  domainAges: DomainAge[];
  /** Capture ids with their time, kind and marketplace; bodies are made by `captureRow` when stored. */
  captures: Array<Pick<Capture, 'id' | 'capturedAt' | 'pageKind' | 'marketplace' | 'url'>>;
  now: number;
}

const BRANDS = ['Lumora', 'Kestrel Home', 'Aurevia', 'Nordvik', 'Solenne'];
const MARKETPLACES = ['US', 'UK', 'DE', 'FR', 'JP'];
const HOSTS: Record<string, string> = { US: 'sellercentral.amazon.com', UK: 'sellercentral.amazon.co.uk', DE: 'sellercentral.amazon.de', FR: 'sellercentral.amazon.fr', JP: 'sellercentral.amazon.co.jp' };
const STATUSES = ['active', 'active', 'active', 'active', 'inactive', 'suppressed', 'detail-page-removed', 'removed'] as const;

const hexId = (prefix: string, n: number) => `${prefix}${n.toString(16)}`.padStart(64, '0');

export function dataset(options: { notices?: number; listings?: number; sweeps?: number; seed?: number } = {}): Dataset {
  const rng = random(options.seed ?? 10_000);
  const listingCount = options.listings ?? 5_000;
  const sweeps = options.sweeps ?? 10;
  const noticeCount = options.notices ?? 10_000;
  const captures: Dataset['captures'] = [];

  // Listings: 5,000 ASINs spread over brands and marketplaces.
  const listings = Array.from({ length: listingCount }, (_, i) => ({
    asin: asin(rng),
    marketplace: MARKETPLACES[i % MARKETPLACES.length]!,
    brand: BRANDS[i % BRANDS.length]!,
    title: `${BRANDS[i % BRANDS.length]} product ${i}`,
  }));

  // Snapshots: sweep s, inventory page p (10 rows) -> one capture; a few listings change.
  const listingSnapshots: ListingSnapshot[] = [];
  let snapshotId = 1;
  for (let s = 0; s < sweeps; s++) {
    for (let page = 0; page < listingCount / 10; page++) {
      const capturedAt = T0 + s * 3 * DAY + page * 60_000;
      const marketplace = listings[page * 10]!.marketplace;
      const captureId = hexId('c1', s * 100_000 + page);
      captures.push({ id: captureId, capturedAt, pageKind: s % 3 === 0 ? 'listing-editor' : 'inventory', marketplace, url: `https://${HOSTS[marketplace]}/myinventory/inventory?page=${page}` });
      for (let r = 0; r < 10; r++) {
        const listing = listings[page * 10 + r]!;
        const changed = rng.chance(0.03);
        listingSnapshots.push(
          snapshot({
            id: `${captureId}:${r}`,
            asin: listing.asin,
            marketplace: listing.marketplace,
            listingKey: `${listing.asin}@${listing.marketplace}`,
            capturedAt,
            captureId,
            source: s % 3 === 0 ? 'listing-editor' : 'inventory',
            brand: changed && rng.chance(0.3) ? `${listing.brand} Official Store` : listing.brand,
            title: changed ? `${listing.title} (edited)` : listing.title,
            status: changed ? rng.pick(STATUSES) : 'active',
            statusText: null,
            bulletsDigest: s % 3 === 0 ? (changed ? digits(rng, 16) : `b${page}${r}`) : null,
            lockedAttributes: s % 3 === 0 ? (changed && rng.chance(0.2) ? ['brand'] : []) : null,
          }),
        );
      }
    }
  }
  const byKey = new Map<string, ListingSnapshot[]>();
  for (const s of listingSnapshots) byKey.set(s.listingKey, [...(byKey.get(s.listingKey) ?? []), s]);
  const rebuilt = [...byKey.values()].map((list) => rebuildListing(list)!);

  // Notices: complaints against the seller's ASINs from a few hundred complainants, some
  // retractions, warnings, a few spoofed ones.
  const complainants = Array.from({ length: 400 }, (_, i) =>
    i % 10 === 0 ? `${BRANDS[i % BRANDS.length]!.toLowerCase().replace(/\s/g, '')}-official.co.uk` : i % 7 === 0 ? rng.pick(['gmail.com', 'qq.com', '163.com']) : `ip-firm-${i}.com`,
  );
  const notices: Notice[] = [];
  for (let i = 0; i < noticeCount; i++) {
    const captureId = hexId('c2', i);
    const at = T0 + Math.floor((i / noticeCount) * sweeps * 3 * DAY);
    const listing = listings[rng.int(0, listings.length - 1)]!;
    const kind = rng.next();
    const category = kind < 0.7 ? 'ip-complaint' : kind < 0.8 ? 'retraction' : kind < 0.9 ? 'policy-warning' : kind < 0.95 ? 'counterfeit' : 'other';
    const domain = rng.pick(complainants);
    captures.push({ id: captureId, capturedAt: at, pageKind: 'performance-notifications', marketplace: listing.marketplace, url: `https://${HOSTS[listing.marketplace]}/performance/notifications?message=${i}` });
    notices.push(
      notice({
        id: `complaint:${1_000_000_000 + i}`,
        captureIds: [captureId],
        firstCapturedAt: at,
        category,
        ipType: category === 'ip-complaint' ? rng.pick(['trademark', 'copyright', 'patent', 'design'] as const) : null,
        action: category === 'retraction' ? 'reinstated' : category === 'policy-warning' ? 'warning' : 'listing-removed',
        complaintIds: [String(1_000_000_000 + i)],
        asins: [listing.asin],
        rightsOwnerName: `${domain.split('.')[0]} Holdings`,
        rightsOwnerEmail: `ip@${domain}`,
        complainantDomain: domain,
        trademarkNumbers: rng.chance(0.3) ? [`UK0000${digits(rng, 7)}`] : [],
        senderIsAmazon: rng.chance(0.02) ? false : true,
        receivedAt: at,
        marketplace: listing.marketplace,
      }),
    );
  }

  // Brand Registry: the roles page seen every sweep; one role lost half-way.
  const brandRoleSnapshots: BrandRoleSnapshot[] = [];
  for (let s = 0; s < sweeps; s++) {
    const captureId = hexId('c3', s);
    const capturedAt = T0 + s * 3 * DAY;
    captures.push({ id: captureId, capturedAt, pageKind: 'brand-registry', marketplace: null, url: 'https://brandregistry.amazon.com/' });
    brandRoleSnapshots.push({
      id: captureId,
      account: null,
      captureId,
      capturedAt,
      pageKind: 'brand-registry',
      complete: true,
      roles: BRANDS.filter((brand, b) => !(b === 1 && s >= sweeps / 2)).map((brand) => ({ brand, role: 'Administrator' as const, status: null })),
    });
  }
  const brandRoles: BrandRoleState[] = BRANDS.map((brand, b) => ({
    key: `${brand.toLowerCase()}|Administrator`,
    account: null,
    brand,
    role: 'Administrator',
    present: b !== 1,
    firstSeenAt: T0,
    lastSeenAt: T0 + (sweeps - 1) * 3 * DAY,
    lostAt: b === 1 ? T0 + (sweeps / 2) * 3 * DAY : null,
    lastCaptureId: hexId('c3', sweeps - 1),
  }));
  const brandRoleChanges: BrandRoleChange[] = [
    { id: `${BRANDS[1]!.toLowerCase()}|Administrator:lost:${hexId('c3', sweeps / 2)}`, account: null, key: `${BRANDS[1]!.toLowerCase()}|Administrator`, brand: BRANDS[1]!, role: 'Administrator', change: 'lost', at: T0 + (sweeps / 2) * 3 * DAY, captureId: hexId('c3', sweeps / 2) },
  ];

  const profile = BrandProfile.parse({
    brands: BRANDS.map((name, b) => ({
      name,
      officialDomains: [`${name.toLowerCase().replace(/\s/g, '')}.com`],
      trademarks: [{ office: 'USPTO', number: String(6_100_000 + b) }],
      marketplaces: MARKETPLACES,
      firstSaleDate: '2024-03-01',
    })),
  });
  const domainAges: DomainAge[] = complainants.slice(0, 50).map((domain, i) => ({
    domain,
    status: 'known',
    createdAt: T0 - (i % 5 === 0 ? 20 : 2_000) * DAY,
    registrar: 'Example Registrar',
    reason: null,
    server: 'https://rdap.example/',
    checkedAt: T0,
  }));

  return {
    notices,
    listingSnapshots,
    listingStates: rebuilt.map((r) => r.state),
    listingChanges: rebuilt.flatMap((r) => r.changes),
    brandRoleSnapshots,
    brandRoles,
    brandRoleChanges,
    profile,
    domainAges,
    captures,
    now: T0 + sweeps * 3 * DAY,
  };
}
