import { MARKETPLACE_CURRENCY } from './labels';

const ISO_CODES = new Set(Object.values(MARKETPLACE_CURRENCY));

/**
 * A displayed price as a number: "$24.99", "24,99 €", "1.234,56 €", "￥2,480", "R$ 129,90",
 * "CDN$ 34.99". The last separator followed by one or two digits is the decimal mark; every
 * other separator groups thousands. One pass over the first number, so linear on any text.
 */
export function parsePrice(text: string, marketplace: string): { price: number | null; currency: string | null } {
  const currency = currencyOf(text, marketplace);
  const start = text.search(/[0-9０-９]/);
  if (start < 0) return { price: null, currency };
  let digits = '';
  let decimalsAt = -1;
  for (let i = start; i < text.length && i < start + 40; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) digits += ch;
    else if (code >= 0xff10 && code <= 0xff19) digits += String.fromCharCode(code - 0xff10 + 48);
    else if (ch === '.' || ch === ',' || ch === '，' || ch === '．') decimalsAt = digits.length;
    // A space groups thousands only before exactly three digits ("1 234,56"), not "24.99 12 count".
    else if ((ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === "'") && decimalsAt < 0 && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) continue;
    else break;
  }
  if (!digits) return { price: null, currency };
  const decimals = decimalsAt >= 0 ? digits.length - decimalsAt : 0;
  const value = decimals === 1 || decimals === 2 ? Number(digits) / 10 ** decimals : Number(digits);
  return { price: Number.isFinite(value) ? value : null, currency };
}

function currencyOf(text: string, marketplace: string): string | null {
  const upper = text.toUpperCase();
  for (const code of ISO_CODES) if (upper.includes(code)) return code;
  return MARKETPLACE_CURRENCY[marketplace] ?? null;
}
