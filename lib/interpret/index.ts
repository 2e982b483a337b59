import { brandRolesFromRead, listingsFromRead } from '../listings';
import { type BrandRolesObservation } from '../model/brand-role';
import { ListingObservation } from '../model/listing';
import { type Said, said } from '../said';
import type { NoticeDraft } from '../model/notice';
import type { PageRead } from '../model/page-read';
import { isWatchedHost } from '../hosts';
import { type NoticeSource, looksLikeNotice, noticeFromPolicyRow, parseNotice } from '../notices';
import type { OfferObservation } from '../model/offer';
import { offersFromRead, retailPageState } from '../offers/from-read';
import type { FeaturedOfferObservation } from '../model/seller-signals';
import { featuredOffersFromRead } from '../seller-signals/from-read';

/**
 * Bumped whenever an interpreter changes what it makes of a page: stored captures with an older
 * version are interpreted again in the background (lib/background/reinterpret.ts).
 * 2 - 2026-11-24: notices, listings and Brand Registry roles.
 * 3 - 2026-12-02: notices read by meaning (lib/notices/events.ts); notice-like text that yields
 *     no notice is unrecognised.
 * 4 - 2026-12-02: webmail dates in the mailbox's locale (slashed dates by the page's language).
 * 5 - 2026-12-02: offers of retail product pages and offer lists.
 * 6 - 2026-12-02: senders from parsed addresses only; a page is Amazon's only when read on
 *     Amazon's host; retractions that are not Amazon's kept apart (their store ids changed).
 * 7 - 2026-12-02: records carry the capture's account, keyed by it; the tables of snapshots and
 *     changes are keyed by strings (schema version 8).
 * 8 - 2026-12-02: featured-offer (Buy Box) signals of Manage Inventory and Business Reports.
 */
export const PARSER_VERSION = 8;

export interface InterpretedNotice {
  draft: NoticeDraft;
  /** The text the notice came from, for its identity when it has no complaint ID. */
  text: string;
}

export interface Interpretation {
  status: 'interpreted' | 'unrecognised';
  /** Why a capture is unrecognised, as a message key (lib/said.ts). */
  reason: Said | null;
  notices: InterpretedNotice[];
  listings: ListingObservation[];
  brandRoles: BrandRolesObservation | null;
  /** A retail page's offers on one listing (none for any other page). */
  offers: OfferObservation[];
  /** Featured-offer signals of the seller's own Seller Central pages (Manage Inventory, Business Reports). */
  featuredOffers: FeaturedOfferObservation[];
}

/** Pages that are Amazon's own: what they show is Amazon speaking. */
const SELLER_CENTRAL_KINDS = new Set(['account-health', 'product-policies', 'performance-notifications', 'listing-editor', 'inventory', 'brand-registry', 'brand-relationships', 'business-reports']);
/** Pages whose text can be a notice (messages); a listing or dashboard page's text is not one. */
const MESSAGE_KINDS = new Set(['performance-notifications', 'webmail', 'eml', 'paste', 'unknown']);
/** Pages that exist to show records: finding none there means the page changed. */
const STRUCTURED_KINDS = new Set(['product-policies', 'listing-editor', 'inventory', 'brand-registry', 'brand-relationships', 'business-reports', 'retail-product', 'retail-offers']);

/** PageRead -> records. Pure: no DOM, no storage; the same for a page, a webmail tab, a paste, an .eml and the CLI. */
export function interpret(read: PageRead): Interpretation {
  const notices: InterpretedNotice[] = [];
  const onAmazon = readOnAmazon(read);
  for (const row of read.rows) {
    if (row.kind !== 'policy-violation' || !onAmazon) continue;
    const draft = noticeFromPolicyRow(row.cells, read.marketplace);
    if (draft) notices.push({ draft, text: Object.values(row.cells).join('\n') });
  }
  let missedNotice = false;
  if (MESSAGE_KINDS.has(read.pageKind) && !isNotificationList(read)) {
    const source = noticeSource(read);
    const draft = parseNotice(source);
    if (draft && hasSubstance(draft)) notices.push({ draft, text: source.text });
    else missedNotice = looksLikeNotice(source);
  }
  const listings = listingsFromRead(read).map((observation) => ListingObservation.parse(observation));
  const brandRoles = brandRolesFromRead(read);
  const observed = offersFromRead(read);
  const offers = observed && observed.offers.length > 0 ? [observed] : [];
  // Only Seller Central itself says what the seller's featured offer is: a page read elsewhere says nothing.
  const featuredOffers = onAmazon ? featuredOffersFromRead(read) : [];

  const found = notices.length + listings.length + (brandRoles?.roles.length ?? 0) + offers.length + featuredOffers.length;
  // An unknown page keeps its own reason below: no reader knows it, notice-like or not.
  if (missedNotice && found === 0 && read.pageKind !== 'unknown') {
    return { status: 'unrecognised', reason: said('reason.noticeUnrecognised'), notices, listings, brandRoles, offers, featuredOffers };
  }
  const structured = STRUCTURED_KINDS.has(read.pageKind);
  const records = { notices, listings, brandRoles, offers, featuredOffers };
  const state = retailPageState(read);
  if (state) {
    return { status: 'unrecognised', reason: said(state === 'robot-check' ? 'reason.robotCheck' : 'reason.signIn'), ...records };
  }
  if (structured && found === 0) {
    return { status: 'unrecognised', reason: said('reason.structuredEmpty', { kind: read.pageKind }), ...records };
  }
  if (read.pageKind === 'unknown' && found === 0) {
    return { status: 'unrecognised', reason: said('reason.unknownPage'), ...records };
  }
  return { status: 'interpreted', reason: null, ...records };
}

/**
 * A Seller Central or Brand Registry page read on Amazon's own host: the only pages whose words
 * are Amazon speaking. The page kind alone is not enough (a read names its own kind); the host it
 * was read on is structure a page cannot write (the background checks it against the sender).
 */
function readOnAmazon(read: PageRead): boolean {
  if (!SELLER_CENTRAL_KINDS.has(read.pageKind)) return false;
  try {
    const url = new URL(read.url);
    return url.protocol === 'https:' && isWatchedHost(url.hostname);
  } catch {
    return false;
  }
}

function noticeSource(read: PageRead): NoticeSource {
  const origin = readOnAmazon(read) ? 'seller-central' : read.mail ? 'mail' : 'paste';
  // A webmail tab's text is the whole inbox; its reader keeps the open message's body apart.
  const body = read.fields.find((field) => field.name === 'mail.body')?.value;
  const rows = read.rows.filter((row) => row.kind === 'notification');
  const pageDate = rows.length === 1 && rows[0]!.cells.date ? Date.parse(`${rows[0]!.cells.date} UTC`) : NaN;
  return {
    text: body ?? read.text, origin, mail: read.mail, links: read.links, marketplace: read.marketplace, lang: read.lang,
    pageDate: Number.isFinite(pageDate) ? pageDate : null,
  };
}

/**
 * The Performance Notifications list (several rows, no message open) is a list of subjects, not
 * a notice; the open message shows its own row only.
 */
function isNotificationList(read: PageRead): boolean {
  return read.pageKind === 'performance-notifications' && read.rows.filter((row) => row.kind === 'notification').length > 1;
}

/**
 * A half-understood notice is kept when it says something to act on (a complaint, a listing, a
 * complainant, a sender); Amazon-sounding words alone (a dashboard heading on a random page)
 * are not a notice, and the capture stays "not recognised".
 */
function hasSubstance(draft: NoticeDraft): boolean {
  return (
    draft.category !== 'other' ||
    draft.complaintIds.length > 0 ||
    draft.asins.length > 0 ||
    draft.rightsOwnerEmail !== null ||
    draft.sender !== null ||
    draft.suspiciousLinks.length > 0
  );
}
