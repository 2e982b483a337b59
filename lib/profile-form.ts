import { BrandEntry, type BrandProfile, type Trademark, TrademarkOffice } from './model/profile';

/** One brand as the settings form edits it: lists as text, one item per line or comma. */
export interface BrandForm {
  name: string;
  aliases: string;
  officialDomains: string;
  trademarks: string;
  marketplaces: string;
  firstSaleDate: string;
  authorizedSellers: string;
}

const split = (text: string) => text.split(/[\n,;，；]+/).map((item) => item.trim()).filter(Boolean);

export function toForm(brand: BrandEntry): BrandForm {
  return {
    name: brand.name,
    aliases: brand.aliases.join('\n'),
    officialDomains: brand.officialDomains.join('\n'),
    trademarks: brand.trademarks.map((mark) => (mark.office ? `${mark.office} ${mark.number}` : mark.number)).join('\n'),
    marketplaces: brand.marketplaces.join(', '),
    firstSaleDate: brand.firstSaleDate ?? '',
    authorizedSellers: brand.authorizedSellers.join('\n'),
  };
}

/** "UKIPO UK00003987412" -> {office, number}; a number alone keeps office null (inferred later). */
export function parseTrademark(line: string): Trademark {
  const [first, ...rest] = line.trim().split(/\s+/);
  const office = TrademarkOffice.safeParse(first?.toUpperCase());
  return office.success && rest.length ? { office: office.data, number: rest.join(' ') } : { office: null, number: line.trim() };
}

/** Form -> validated brand, or the first problem in words. */
export function fromForm(form: BrandForm): { brand: BrandEntry } | { error: string } {
  const parsed = BrandEntry.safeParse({
    name: form.name.trim(),
    aliases: split(form.aliases),
    officialDomains: split(form.officialDomains).map((domain) => domain.toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '')),
    trademarks: split(form.trademarks.replace(/,(?=\d{3}\b)/g, '')).map(parseTrademark),
    marketplaces: split(form.marketplaces).map((code) => code.toUpperCase()),
    firstSaleDate: form.firstSaleDate.trim() || null,
    authorizedSellers: sellerIdsOf(form.authorizedSellers),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `${issue.path.join('.') || 'brand'}: ${issue.message}` };
  }
  return { brand: parsed.data };
}

export function emptyBrandForm(name = ''): BrandForm {
  return { name, aliases: '', officialDomains: '', trademarks: '', marketplaces: '', firstSaleDate: '', authorizedSellers: '' };
}

/**
 * Merchant IDs as typed or pasted: one per line or comma, upper case; a storefront link
 * (`.../sp?seller=A2...`) gives its `seller=`. Invalid ones are left for the schema to refuse.
 */
export function sellerIdsOf(text: string): string[] {
  return [...new Set(split(text).map((item) => (/[?&]seller=([A-Za-z0-9]+)/.exec(item)?.[1] ?? item).toUpperCase()))];
}

export function profileFrom(brands: BrandEntry[], sellerIds: readonly string[]): BrandProfile {
  return { brands, sellerIds: [...sellerIds] };
}
