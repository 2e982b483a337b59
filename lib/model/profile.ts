import * as z from '../zod';
import { AccountId } from './account';
import { SellerId } from './offer';

const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const listOrEmpty = <T extends z.ZodMiniType>(item: T, max: number) => z._default(z.array(item).check(z.maxLength(max)), []);

/** Trademark offices Brand Sentry can tell apart by number format (lib/domains/trademark-office). */
export const TrademarkOffice = z.enum(['USPTO', 'UKIPO', 'EUIPO', 'DPMA', 'INPI', 'UIBM', 'OEPM', 'JPO', 'CNIPA', 'WIPO', 'CIPO', 'IPAU', 'INDIA', 'OTHER']);
export type TrademarkOffice = z.infer<typeof TrademarkOffice>;

export const Trademark = z.object({ office: z.nullable(TrademarkOffice), number: nonEmpty(64) });
export type Trademark = z.infer<typeof Trademark>;

export const BrandEntry = z.object({
  name: nonEmpty(200),
  aliases: listOrEmpty(nonEmpty(200), 50),
  officialDomains: listOrEmpty(nonEmpty(253), 50),
  trademarks: listOrEmpty(Trademark, 100),
  marketplaces: listOrEmpty(z.string().check(z.maxLength(8)), 30),
  /** The brand's first sale on Amazon (ISO date), the fact that wins "prior rights" disputes. */
  firstSaleDate: z._default(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
  /** Merchant IDs of resellers this brand allows on its listings: never follow-sellers. */
  authorizedSellers: listOrEmpty(SellerId, 200),
});
export type BrandEntry = z.infer<typeof BrandEntry>;

/** The seller's own brand profile, as the CLI's --profile file and the settings page hold it. */
export const BrandProfile = z.object({
  brands: listOrEmpty(BrandEntry, 100),
  /** The seller's own merchant IDs ("merchant token", `seller=` on their offers): their offers are never follow-sellers. */
  sellerIds: listOrEmpty(SellerId, 50),
});
export type BrandProfile = z.infer<typeof BrandProfile>;
export type BrandProfileInput = z.input<typeof BrandProfile>;

/** One selling account's own profile, as a profile file lists it: its merchant token, store name, brands and seller IDs. */
export const AccountProfileEntry = z.extend(BrandProfile, {
  id: AccountId,
  name: z._default(z.nullable(nonEmpty(200)), null),
});
export type AccountProfileEntry = z.infer<typeof AccountProfileEntry>;

/**
 * A profile file (the CLI's --profile): today's single profile, which serves every account, and
 * optionally `accounts`, each account's own.
 */
export const ProfileFile = z.extend(BrandProfile, {
  accounts: listOrEmpty(AccountProfileEntry, 500),
});
export type ProfileFile = z.infer<typeof ProfileFile>;
