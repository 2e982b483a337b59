import * as z from '../zod';

const text = (max: number) => z.string().check(z.maxLength(max));
const epochMs = z.int().check(z.nonnegative());

/** A merchant token as Seller Central shows it (lib/pages/account.ts): the account's id everywhere. */
export const AccountId = z.string().check(z.regex(/^[A-Z0-9]{8,24}$/));

/**
 * `account` of a record: the merchant token of the selling account it belongs to, null where
 * nothing said which (a paste naming no known store, a page without the account switcher).
 */
export const RecordAccount = z._default(z.nullable(text(200)), null);

/**
 * A selling account seen in this browser: a Seller Central page showed its merchant token,
 * usually with its store name. `account` repeats the id so that every table has the field a sync
 * realm is chosen by (docs/team-sync.md).
 */
export const SellerAccount = z.object({
  id: AccountId,
  account: AccountId,
  /** The store name the header's account switcher showed last; null until a page showed one. */
  name: z.nullable(text(200)),
  /** The region or marketplace under the name, as last shown ("United States", "Europe"). */
  region: z.nullable(text(200)),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
});
export type SellerAccount = z.infer<typeof SellerAccount>;
