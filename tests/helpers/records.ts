import type { AnalysisInput } from '../../lib/analyze';
import type { BrandRoleChange, BrandRoleState } from '../../lib/model/brand-role';
import type { ListingSnapshot } from '../../lib/model/listing';
import type { ListingState } from '../../lib/model/listing-state';
import { Notice } from '../../lib/model/notice';
import { BrandProfile, type BrandProfileInput } from '../../lib/model/profile';
import { rebuildListing } from '../../lib/records/listing-history';

export const DAY = 86_400_000;

/** A capture id of the stored shape (64 hex digits, lib/model/capture.ts) named after a label, the same for the same label. */
export function captureIdOf(label: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0').repeat(8);
}
export const T0 = Date.UTC(2026, 9, 1); // 1 Oct 2026

/** A stored notice with sensible defaults: a trademark takedown of one US listing, from Amazon. */
export function notice(overrides: Partial<Notice> = {}): Notice {
  return Notice.parse({
    id: `complaint:${overrides.complaintIds?.[0] ?? '1472583690'}`,
    captureIds: [captureIdOf('capture-notice')],
    firstCapturedAt: T0,
    category: 'ip-complaint',
    ipType: 'trademark',
    action: 'listing-removed',
    complaintIds: ['1472583690'],
    asins: ['B0CLMR7X2Q'],
    skus: [],
    titles: [],
    rightsOwnerName: 'Lumora Brand Holdings Ltd',
    rightsOwnerEmail: 'ipteam@lumora-official.co.uk',
    complainantDomain: 'lumora-official.co.uk',
    trademarkNumbers: [],
    patentNumbers: [],
    sender: null,
    senderIsAmazon: true,
    claimsAmazon: true,
    suspiciousLinks: [],
    subject: null,
    receivedAt: T0,
    marketplace: 'US',
    language: 'en',
    ...overrides,
  });
}

export function snapshot(overrides: Partial<ListingSnapshot> & Pick<ListingSnapshot, 'capturedAt'>): ListingSnapshot {
  const asin = overrides.asin === undefined ? 'B0CLMR7X2Q' : overrides.asin;
  const marketplace = overrides.marketplace === undefined ? 'US' : overrides.marketplace;
  return {
    asin,
    sku: null,
    marketplace,
    source: 'listing-editor',
    productType: null,
    brand: null,
    manufacturer: null,
    title: null,
    bulletsDigest: null,
    descriptionDigest: null,
    imagesDigest: null,
    status: null,
    statusText: null,
    lockedAttributes: null,
    conflicts: [],
    listingKey: `${asin}@${marketplace}`,
    captureId: captureIdOf(`capture-${overrides.capturedAt}`),
    id: `capture-${overrides.capturedAt}:${asin ?? overrides.sku}`,
    account: null,
    ...overrides,
  };
}

export const LUMORA: BrandProfileInput = {
  brands: [
    {
      name: 'Lumora',
      aliases: ['Lumora Home'],
      officialDomains: ['lumora.com'],
      trademarks: [{ office: 'USPTO', number: '6123456' }],
      marketplaces: ['US'],
      firstSaleDate: '2024-03-01',
    },
  ],
};

/** Analysis input from the records a test cares about; listing states and changes derived as the background does. */
export function input(parts: {
  notices?: Notice[];
  snapshots?: ListingSnapshot[];
  brandRoles?: BrandRoleState[];
  brandRoleChanges?: BrandRoleChange[];
  profile?: BrandProfileInput;
  domainAges?: AnalysisInput['domainAges'];
  offerSellers?: AnalysisInput['offerSellers'];
  offerSnapshots?: AnalysisInput['offerSnapshots'];
  now?: number;
}): AnalysisInput {
  const snapshots = parts.snapshots ?? [];
  const byKey = new Map<string, ListingSnapshot[]>();
  for (const s of snapshots) byKey.set(s.listingKey, [...(byKey.get(s.listingKey) ?? []), s]);
  const rebuilt = [...byKey.values()].map((list) => rebuildListing(list)!);
  return {
    notices: parts.notices ?? [],
    listingStates: rebuilt.map((r) => r.state) as ListingState[],
    listingChanges: rebuilt.flatMap((r) => r.changes),
    brandRoles: parts.brandRoles ?? [],
    brandRoleChanges: parts.brandRoleChanges ?? [],
    profile: BrandProfile.parse(parts.profile ?? LUMORA),
    domainAges: parts.domainAges ?? [],
    offerSellers: parts.offerSellers ?? [],
    offerSnapshots: parts.offerSnapshots ?? [],
    lists: { freemail: new Set(['gmail.com', 'qq.com', '163.com', 'outlook.com']), disposable: new Set(['mailinator.com']), confusables: new Map() },
    now: parts.now ?? T0 + 30 * DAY,
  };
}
