import type { BrandProfile, TrademarkOffice } from '../model/profile';
import { inferOfficeDetailed, sameTrademark, trademarkDigits } from './trademark-office';

export interface OwnTrademark {
  brand: string;
  office: TrademarkOffice | null;
  number: string;
}

/**
 * Is a trademark number cited in a notice one of the seller's own registrations? The one rule
 * for the `own-trademark-asserted` flag and the evidence pack's "own mark": the same
 * registration (sameTrademark, with the office read from the number and the words around it),
 * whatever the spacing, commas or a UK comparable mark's leading 9. The seller's marks are read
 * once per profile, for many complaints.
 */
export function ownTrademarkMatcher(profile: BrandProfile): (number: string, context?: string) => OwnTrademark | null {
  const own = profile.brands.flatMap((brand) => brand.trademarks.map((mark) => ({ brand: brand.name, office: mark.office, number: mark.number, digits: trademarkDigits(mark.number) })));
  return (number, context = '') => {
    if (own.length === 0) return null;
    const digits = trademarkDigits(number);
    const office = inferOfficeDetailed(number, context)?.office ?? null;
    const found = own.find((mark) => mayBeSame(digits, mark.digits) && sameTrademark({ number, office }, mark));
    return found ? { brand: found.brand, office: found.office, number: found.number } : null;
  };
}

/** Cheap first test before sameTrademark: equal digits, or one the other's UK comparable (9 + EU). */
function mayBeSame(a: string | null, b: string | null): boolean {
  return !!a && !!b && (a === b || a === `9${b}` || b === `9${a}`);
}
