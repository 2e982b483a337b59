import { z } from 'zod';

/** Trademark offices Brand Sentry can tell apart by number format (lib/domains/trademark-office). */
export const TrademarkOffice = z.enum(['USPTO', 'UKIPO', 'EUIPO', 'DPMA', 'INPI', 'UIBM', 'OEPM', 'JPO', 'CNIPA', 'WIPO', 'CIPO', 'IPAU', 'INDIA', 'OTHER']);
export type TrademarkOffice = z.infer<typeof TrademarkOffice>;

export const Trademark = z.object({ office: TrademarkOffice.nullable(), number: z.string().min(1).max(64) });
export type Trademark = z.infer<typeof Trademark>;

export const BrandEntry = z.object({
  name: z.string().min(1).max(200),
  aliases: z.array(z.string().min(1).max(200)).max(50).default([]),
  officialDomains: z.array(z.string().min(1).max(253)).max(50).default([]),
  trademarks: z.array(Trademark).max(100).default([]),
  marketplaces: z.array(z.string().max(8)).max(30).default([]),
  /** The brand's first sale on Amazon (ISO date), the fact that wins "prior rights" disputes. */
  firstSaleDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
});
export type BrandEntry = z.infer<typeof BrandEntry>;

/** The seller's own brand profile, as the CLI's --profile file and the settings page hold it. */
export const BrandProfile = z.object({ brands: z.array(BrandEntry).max(100).default([]) });
export type BrandProfile = z.infer<typeof BrandProfile>;
export type BrandProfileInput = z.input<typeof BrandProfile>;
