import { MARKETPLACES } from '../marketplaces';

/**
 * Which office a trademark number belongs to, from its format (and words around it), and which
 * Amazon marketplaces a mark from that office covers. Unknown stays unknown: a bare number that
 * several offices could have issued gives null, or an `assumed` guess the caller can ignore.
 */
import type { TrademarkOffice } from '../model/profile';

export interface OfficeInference {
  office: TrademarkOffice;
  /** format: only that office writes numbers so; prefix: the number says (UK, EU, US...);
   *  context: words near it name the office or script; assumed: the usual reading, unconfirmed. */
  basis: 'format' | 'prefix' | 'context' | 'assumed';
}

/** Letters in front of the digits that name the office. */
const PREFIXES: readonly [RegExp, TrademarkOffice][] = [
  [/^(UK|GB|UKIPO)/, 'UKIPO'],
  [/^(EUTM|EUIPO|EU|EM|OHIM)/, 'EUIPO'],
  [/^(USPTO|US)/, 'USPTO'],
  [/^(DPMA|DE)/, 'DPMA'],
  [/^(JPO|JP)/, 'JPO'],
  [/^(CNIPA|CN)/, 'CNIPA'],
  [/^(WIPO|WO|IR|MADRID)/, 'WIPO'],
  [/^(CIPO|CA)/, 'CIPO'],
  [/^(IPAU|AU)/, 'IPAU'],
  [/^(IN)/, 'INDIA'],
];

/** Words that name an office, in any language Seller Central or a notice uses. */
const CONTEXT_CLUES: readonly [RegExp, TrademarkOffice][] = [
  [/\bWIPO\b|\bMadrid\b|International Registration|\bInt'?l\.? Reg|\bIR\s*(No|Nr|#)|国际注册|国際登録|Internationale Registrierung/i, 'WIPO'],
  [/[\u3040-\u30ff]|特許庁|登録|\bJPO\b|Japan Patent Office/i, 'JPO'],
  [/商标|注册|國家知識產權|国家知识产权局|\bCNIPA\b|\bSAIC\b|China National Intellectual Property/i, 'CNIPA'],
  [/\bUKIPO\b|\bUK IPO\b|UK Intellectual Property Office/i, 'UKIPO'],
  [/\bEUIPO\b|\bOHIM\b|\bEUTM\b|European Union (Intellectual Property Office|trade ?mark)/i, 'EUIPO'],
  [/\bUSPTO\b|U\.S\. (Reg|Registration|Trademark|Patent)|United States Patent and Trademark Office/i, 'USPTO'],
  [/\bDPMA\b|Deutsches Patent- und Markenamt/i, 'DPMA'],
  [/\bCIPO\b|Canadian Intellectual Property Office/i, 'CIPO'],
  [/\bIP Australia\b/i, 'IPAU'],
  [/Controller General of Patents|\bIP India\b/i, 'INDIA'],
];

/** Label words written around numbers ("Reg. No.", "Trademark number:") that say nothing. */
const NOISE = /\b(TRADE\s*-?\s*MARKS?|REG(ISTRATION|ISTERED)?|SERIAL|APPLICATION|APPL?|NUMBER|NUM|NO|NR|N°|TM)\b\.?|[#:№]/g;
/** "U.S." written with dots, before the prefix is read. */
const US_DOTTED = /\bU\.\s?S\.(?=\s|\d|$)/g;

interface Parsed {
  prefix: string;
  digits: string;
  /** Written with thousands commas, as only the USPTO does (5,123,456). */
  usCommas: boolean;
  /** 第…号 form (Japanese or Chinese). */
  cjk: boolean;
}

function parse(number: string): Parsed | null {
  const text = number.normalize('NFKC').trim();
  const cjkMatch = /第\s*([\d,\s]+)\s*号/.exec(text);
  if (cjkMatch) return { prefix: '', digits: cjkMatch[1]!.replace(/\D/g, ''), usCommas: false, cjk: true };
  const upper = text.toUpperCase().replace(US_DOTTED, 'US ').replace(NOISE, ' ').trim();
  const match = /^([A-Z]*)[\s.\-/]*([\d][\d\s.,\-/']*)$/.exec(upper);
  if (!match) return null;
  const rawDigits = match[2]!.trim();
  const digits = rawDigits.replace(/\D/g, '');
  if (!digits) return null;
  return { prefix: match[1]!, digits, usCommas: /^\d{1,2},\d{3},\d{3}$/.test(rawDigits), cjk: false };
}

/** The office a context names, looking near the number first; null when none or several. */
function officeFromContext(number: string, context: string): TrademarkOffice | null {
  const at = context.indexOf(number);
  const windows = at >= 0 ? [context.slice(Math.max(0, at - 80), at + number.length + 40), context] : [context];
  for (const text of [number, ...windows]) {
    const offices = new Set(CONTEXT_CLUES.filter(([clue]) => clue.test(text)).map(([, office]) => office));
    if (offices.size === 1) return [...offices][0]!;
    if (offices.size > 1) return null;
  }
  return null;
}

/**
 * Formats, one rule each:
 * - UKIPO: UK0000 + 7 digits (UK00003987412); UK009 + 8 (UK00918234567, the UK comparable of an
 *   EU mark since 2021); UK008 + 8 (comparable of an international registration).
 * - EUIPO: 9 digits, leading zeros kept (018234567, EUTM 018234567, EU018234567).
 * - USPTO: registrations 7 digits, often with commas (5,123,456); serials 8 digits from 7, 8 or 9
 *   (97123456). A bare 7-digit or 7xxxxxxx number is only `assumed` US: UK, JP, CN and WIPO
 *   numbers look the same.
 * - DPMA: 30 + year + 6 digits (30 2020 012 345, 302020012345), old 39..., 12-13 digits.
 * - JPO: 第1234567号 or 登録第1234567号 with Japanese context, or JP + 7 digits.
 * - CNIPA: 7-8 digits with CN, or 第12345678号 with Chinese context (商标, 注册...).
 * - WIPO (Madrid): 6-7 digits with IR / WO / Madrid / International Registration.
 * - CIPO: TMA + 6-7 digits (TMA123456). IPAU, INDIA: by prefix or office name only.
 */
export function inferOfficeDetailed(number: string, context = ''): OfficeInference | null {
  const parsed = parse(number);
  if (!parsed) return null;
  const { prefix, digits } = parsed;
  const fromContext = () => officeFromContext(number, context);

  if (prefix === 'UK' || prefix === 'GB' || prefix === 'UKIPO') {
    if (/^(0000\d{7}|00[89]\d{8})$/.test(digits)) return { office: 'UKIPO', basis: 'format' };
  }
  if (prefix === 'TMA' && /^\d{6,7}$/.test(digits)) return { office: 'CIPO', basis: 'format' };
  if (prefix) {
    const byPrefix = PREFIXES.find(([pattern]) => pattern.test(prefix) && pattern.exec(prefix)![0] === prefix);
    return byPrefix && /^\d{5,13}$/.test(digits) ? { office: byPrefix[1], basis: 'prefix' } : null;
  }
  if (parsed.cjk) {
    const office = fromContext();
    return office === 'JPO' || office === 'CNIPA' ? { office, basis: 'context' } : null;
  }
  if (/^(30|39)\d{10,11}$/.test(digits)) return { office: 'DPMA', basis: 'format' };
  if (/^0\d{8}$/.test(digits)) return { office: 'EUIPO', basis: 'format' };
  if (parsed.usCommas) return { office: 'USPTO', basis: 'format' };

  const office = fromContext();
  if (/^\d{6,8}$/.test(digits) && office && office !== 'USPTO') {
    const fits = office === 'WIPO' ? digits.length <= 7 : office === 'CNIPA' ? digits.length >= 7 : digits.length === 7;
    if (fits) return { office, basis: 'context' };
  }
  if (/^[89]\d{7}$/.test(digits)) return { office: 'USPTO', basis: 'format' };
  if (/^\d{7}$|^7\d{7}$/.test(digits)) return { office: 'USPTO', basis: office === 'USPTO' ? 'context' : 'assumed' };
  return null;
}

export function inferOffice(number: string): TrademarkOffice | null {
  return inferOfficeDetailed(number)?.office ?? null;
}

export function inferOfficeWithContext(number: string, contextText: string): TrademarkOffice | null {
  return inferOfficeDetailed(number, contextText)?.office ?? null;
}

/** Amazon marketplaces in the EU single market (an EU trade mark covers all of them). */
const EU_MARKETPLACES = ['DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'IE'];
const COVERAGE: Readonly<Partial<Record<TrademarkOffice, readonly string[]>>> = {
  UKIPO: ['UK'],
  EUIPO: EU_MARKETPLACES,
  DPMA: ['DE'],
  INPI: ['FR'],
  UIBM: ['IT'],
  OEPM: ['ES'],
  USPTO: ['US'],
  JPO: ['JP'],
  CNIPA: [], // China is not one of the Amazon marketplaces a seller is protected in here.
  CIPO: ['CA'],
  IPAU: ['AU'],
  INDIA: ['IN'],
};
/** Marketplaces whose answer we know (lib/marketplaces.ts codes); others give null. */
// Ireland's store sells under the EU trade mark too, though Brand Sentry reads no Seller Central of its own for it.
const KNOWN_MARKETPLACES = new Set([...MARKETPLACES, 'IE']);

/**
 * Does a mark from this office give rights in this marketplace? null when it depends (WIPO:
 * on the designated countries; OTHER) or the marketplace is not one we know.
 */
export function officeCovers(office: TrademarkOffice, marketplace: string): boolean | null {
  const code = marketplace.trim().toUpperCase() === 'GB' ? 'UK' : marketplace.trim().toUpperCase();
  const covered = COVERAGE[office];
  if (!covered || !KNOWN_MARKETPLACES.has(code)) return null;
  return covered.includes(code);
}

/**
 * Digits of a number without office letters or leading zeros, for comparing the same mark
 * written two ways (UK00003987412 / 3987412, EUTM 018234567 / 18234567).
 */
export function trademarkDigits(number: string): string | null {
  const parsed = parse(number);
  if (!parsed) return null;
  const digits = parsed.digits.replace(/^0+/, '');
  return digits.length >= 5 ? digits : null;
}

/**
 * The same registration? Equal digits, and offices that agree (or are unknown). A UK comparable
 * mark (UK009 + EU number) is the same right as the EU mark it came from.
 */
export function sameTrademark(a: { number: string; office: TrademarkOffice | null }, b: { number: string; office: TrademarkOffice | null }): boolean {
  const [da, db] = [trademarkDigits(a.number), trademarkDigits(b.number)];
  if (!da || !db) return false;
  if (da === db) return !a.office || !b.office || a.office === b.office;
  const comparable = (uk: string, eu: string) => /^9\d{8}$/.test(uk) && uk.slice(1) === eu;
  return (a.office !== 'EUIPO' && comparable(da, db)) || (b.office !== 'EUIPO' && comparable(db, da));
}
