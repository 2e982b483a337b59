import { isWatchedHost } from '../hosts';
import type { PageRead } from '../model/page-read';

/** A merchant token as Seller Central writes it (`A2XXXXXXXXXXXX`), with or without its `amzn1.merchant.o.` prefix. */
const MERCHANT = /^(?:amzn1\.merchant\.o\.)?([A-Z0-9]{8,24})$/;

/**
 * The account id in one form whatever wrote it: the merchant token alone, so that the header's
 * `amzn1.merchant.o.A2X...`, a URL's `merchantId=A2X...` and the seller IDs a profile holds agree.
 * Anything else (a directed `amzn1.merchant.d...` id, a stray value) is not an id we can tie to
 * the others and is dropped.
 */
export function merchantToken(value: string | null | undefined): string | null {
  const match = MERCHANT.exec((value ?? '').trim());
  return match ? match[1]! : null;
}

/**
 * Query parameters that name the selected merchant, in the order they are trusted (seen in the
 * account switcher's links and bookmarked account pages: `/merchant-picker/change-merchant?
 * url=%2F&marketplaceId=<id>&merchantId=<token>`, `/home?mons_sel_mcid=amzn1.merchant.o.<token>
 * &mons_sel_mkid=<marketplace id>`).
 */
const ACCOUNT_PARAMS = ['mons_sel_mcid', 'merchantId'] as const;

export interface ReadAccount {
  id: string | null;
  name: string | null;
  region: string | null;
}

/**
 * Which account a read belongs to, as Amazon's own page says it: the header's selected merchant,
 * else a merchant ID in the page's URL, with the header's store name and region. Only a page read
 * on a Seller Central or Brand Registry host says anything (elsewhere the same words are anyone's).
 */
export function accountOfRead(read: Pick<PageRead, 'url' | 'account'>): ReadAccount | null {
  let url: URL;
  try {
    url = new URL(read.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !isWatchedHost(url.hostname)) return null;
  let id = merchantToken(read.account?.selection);
  for (const param of ACCOUNT_PARAMS) id ??= merchantToken(url.searchParams.get(param));
  const name = read.account?.name?.trim() || null;
  return id || name ? { id, name, region: read.account?.region ?? null } : null;
}
