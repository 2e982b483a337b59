import type { EvidenceInput } from '../../lib/evidence';
import { Capture, Screenshot } from '../../lib/model/capture';
import { DomainAge } from '../../lib/model/domain-intel';
import { Flag } from '../../lib/model/flag';
import { ListingState } from '../../lib/model/listing-state';
import { Notice } from '../../lib/model/notice';
import { BrandProfile } from '../../lib/model/profile';
import { pageRead } from '../helpers/reads';

/**
 * The attack this fixture models: a takedown of a US listing by a complainant at a domain named after
 * the brand, citing a UK mark, the domain registered long after the listing was first seen.
 */
export const CAPTURE_ID = 'a'.repeat(64);
export const COMPLAINT_ID = '1472583690';
export const ASIN = 'B0CLMR7X2Q';
export const DOMAIN = 'lumora-official.co.uk';
export const UK_MARK = 'UK00003987412';
export const TITLE = 'Lumora Silk Sleep Mask, 100% Mulberry Silk';
export const RECEIVED_AT = Date.UTC(2026, 2, 12, 9, 30); // 2026-03-12
export const LISTING_FIRST_SEEN = Date.UTC(2024, 0, 15, 10, 0); // 2024-01-15
export const DOMAIN_CREATED = Date.UTC(2025, 8, 10); // 2025-09-10: 604 days later
export const GENERATED_AT = Date.UTC(2026, 2, 20, 8, 0);
/** A 1x1 PNG. */
export const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
export const SCRIPT_PAYLOAD = '<script>alert("pwned")</script>';
export const HANDLER_PAYLOAD = '<img src=x onerror=alert(1)>';

export const NOTICE_TEXT = [
  'Hello,',
  'We removed some of your listings because a rights owner reported they may infringe the rights owner’s trademark.',
  `ASIN: ${ASIN}`,
  `Title: ${TITLE}`,
  'Infringement type: Trademark',
  `Trademark number: ${UK_MARK}`,
  `Complaint ID: ${COMPLAINT_ID}`,
  'These are the rights owner’s contact details:',
  '-- Lumora Official Ltd',
  `-- ip@${DOMAIN}`,
  `Injected by the complainant: ${SCRIPT_PAYLOAD} ${HANDLER_PAYLOAD}`,
].join('\n');

export function capture(overrides: Partial<Capture> = {}): Capture {
  return Capture.parse({
    id: CAPTURE_ID,
    source: 'eml',
    capturedAt: RECEIVED_AT + 3_600_000,
    lastSeenAt: RECEIVED_AT + 3_600_000,
    url: 'eml:notice.eml',
    pageKind: 'eml',
    marketplace: 'US',
    account: null,
    read: pageRead({ url: 'eml:notice.eml', pageKind: 'eml', title: `Notice ${HANDLER_PAYLOAD}`, text: NOTICE_TEXT }),
    screenshotId: `${CAPTURE_ID}:1`,
    parserVersion: 1,
    status: 'interpreted',
    statusReason: null,
    ...overrides,
  });
}

export function notice(overrides: Partial<Notice> = {}): Notice {
  return Notice.parse({
    id: `complaint:${COMPLAINT_ID}`,
    category: 'ip-complaint',
    ipType: 'trademark',
    action: 'listing-removed',
    complaintIds: [COMPLAINT_ID],
    asins: [ASIN],
    skus: [],
    titles: [TITLE],
    rightsOwnerName: 'Lumora Official Ltd',
    rightsOwnerEmail: `ip@${DOMAIN}`,
    complainantDomain: DOMAIN,
    trademarkNumbers: [UK_MARK],
    patentNumbers: [],
    sender: 'notice-dispute@amazon.com',
    senderIsAmazon: true,
    claimsAmazon: true,
    suspiciousLinks: [],
    subject: 'Notice: Policy Warning',
    receivedAt: RECEIVED_AT,
    marketplace: 'US',
    language: 'en',
    captureIds: [CAPTURE_ID],
    firstCapturedAt: RECEIVED_AT + 3_600_000,
    ...overrides,
  });
}

export const listingState = ListingState.parse({
  listingKey: `${ASIN}@US`,
  asin: ASIN,
  sku: 'LUM-MASK-01',
  marketplace: 'US',
  brand: 'Lumora',
  manufacturer: null,
  title: TITLE,
  status: 'removed',
  statusText: 'Listing removed',
  lockedAttributes: [],
  conflicts: [],
  firstSeenAt: LISTING_FIRST_SEEN,
  lastSeenAt: RECEIVED_AT,
  lastCaptureId: CAPTURE_ID,
});

export const domainAge = DomainAge.parse({
  domain: DOMAIN,
  status: 'known',
  createdAt: DOMAIN_CREATED,
  registrar: 'Namecheap, Inc.',
  reason: null,
  server: 'https://rdap.nominet.uk/uk/',
  checkedAt: GENERATED_AT - 86_400_000,
});

export const screenshot = Screenshot.parse({ id: `${CAPTURE_ID}:1`, captureId: CAPTURE_ID, takenAt: RECEIVED_AT + 3_600_000, dataUrl: PNG_DATA_URL });

export const profile = BrandProfile.parse({
  brands: [{ name: 'Lumora', officialDomains: ['lumora.com'], trademarks: [{ office: 'USPTO', number: '97123456' }], marketplaces: ['US'], firstSaleDate: null }],
});

export const complainantFlag = Flag.parse({
  key: `suspicious-complainant:${DOMAIN}`,
  kind: 'suspicious-complainant',
  severity: 'high',
  subject: { domain: DOMAIN },
  marketplace: null,
  reasons: ['brand-named-domain', 'foreign-trademark', 'young-domain'],
  findings: [
    { reason: 'brand-named-domain', facts: { domain: DOMAIN, brand: 'Lumora' } },
    { reason: 'foreign-trademark', facts: { number: UK_MARK, office: 'UKIPO', marketplace: 'US' } },
    { reason: 'young-domain', facts: { domain: DOMAIN, created: '2025-09-10', listingFirstSeen: '2024-01-15' } },
  ],
  evidence: [CAPTURE_ID],
  firstSeen: RECEIVED_AT,
  lastSeen: RECEIVED_AT,
  resolvedBy: null,
  state: 'open',
  stateChangedAt: RECEIVED_AT,
  acknowledgedLastSeen: null,
});

export function evidenceInput(overrides: Partial<EvidenceInput> = {}): EvidenceInput {
  return {
    subject: { kind: 'flag', flag: complainantFlag },
    notices: [notice()],
    listingStates: [listingState],
    listingChanges: [],
    brandRoleChanges: [],
    domainAges: [domainAge],
    captures: [capture()],
    screenshots: [screenshot],
    profile,
    offerSellers: [],
    offerSnapshots: [],
    language: 'en',
    generatedAt: GENERATED_AT,
    ...overrides,
  };
}
