/**
 * A webmail reading pane's date, in the mailbox's own locale: Gmail's `title` ("Thu, Sep 17,
 * 2026, 2:52 PM", "jeu. 17 sept. 2026, 14:52", "2026年9月17日(木) 14:52") and Outlook's header
 * ("Thu 9/17/2026 2:52 PM", "Mon 18/05/2026 09:40", "Do 17.09.2026 14:52", "2026/09/17 (木) 14:52").
 *
 * A slashed date whose day and month both fit 1-12 is read in the order of the page's language
 * (`<html lang>`, else the browser's): month first for US English, day first elsewhere; with no
 * language it is not read (a wrong day is worse than none). Year-first, dotted and dashed dates
 * are never ambiguous. Self-contained (no label dictionaries): the one-click page reader uses it
 * to order a thread's messages, and the mailbox's interface languages (nl, pl, sv, tr, ar...) are
 * more than the notice languages. One linear pass over at most 200 characters.
 */

export interface MailDateParts {
  year: number;
  /** 0-11 */
  month: number;
  day: number;
  /** Minutes after midnight, when a time is written; null otherwise. */
  minutes: number | null;
}

const MAX_CHARS = 200;

/** Month names and abbreviations of the mailbox languages, lower case, without a final dot. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'styczeń', 'stycznia', 'sty', 'ocak', 'oca', 'يناير', 'كانون الثاني'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'februari', 'luty', 'lutego', 'lut', 'şubat', 'şub', 'فبراير', 'شباط'],
  ['march', 'mar', 'märz', 'mär', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'marzec', 'marca', 'mart', 'مارس', 'آذار'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'kwi', 'nisan', 'nis', 'أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maj', 'maja', 'mayıs', 'مايو', 'أيار'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'czerwiec', 'czerwca', 'cze', 'haziran', 'haz', 'يونيو', 'حزيران'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'lipiec', 'lipca', 'lip', 'temmuz', 'tem', 'يوليو', 'تموز'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sierpień', 'sierpnia', 'sie', 'ağustos', 'ağu', 'أغسطس', 'آب'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'wrzesień', 'września', 'wrz', 'eylül', 'eyl', 'سبتمبر', 'أيلول'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'październik', 'października', 'paź', 'ekim', 'eki', 'أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['november', 'nov', 'novembre', 'noviembre', 'listopad', 'listopada', 'lis', 'kasım', 'kas', 'نوفمبر', 'تشرين الثاني'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre', 'grudzień', 'grudnia', 'gru', 'aralık', 'ara', 'ديسمبر', 'كانون الأول'],
];
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, month) => names.forEach((name) => MONTHS.set(name, month)));

/** Words that mark the afternoon / the morning in a 12-hour time (en, ar, zh, ja). */
const PM = new Set(['pm', 'p.m', 'م', '下午', '午後', '晚上']);
const AM = new Set(['am', 'a.m', 'ص', '上午', '午前', '早上']);

/** Languages whose short date is month first: US English (and English with no region, Outlook's default culture). */
function monthFirst(lang: string): boolean {
  const tag = lang.toLowerCase().replace('_', '-');
  return tag === 'en' || tag === 'en-us' || tag === 'en-ph' || tag === 'es-us';
}

type Token = { kind: 'num'; value: number; digits: number; at: number } | { kind: 'word'; value: string; at: number } | { kind: 'sep'; value: string; at: number };

/** The written date, or null when there is none (or a slashed one the language cannot settle). */
export function mailDateParts(value: string | null | undefined, lang?: string | null): MailDateParts | null {
  if (!value) return null;
  const tokens = tokenize(normaliseDigits(value.slice(0, MAX_CHARS)).toLowerCase());
  const date = findDate(tokens, lang ?? null);
  if (!date) return null;
  return { ...date.parts, minutes: findTime(tokens, date.end) };
}

/** Epoch ms at 00:00 UTC of the written day (the day is what a timeline needs), or null. */
export function parseMailDate(value: string | null | undefined, lang?: string | null): number | null {
  const parts = mailDateParts(value, lang);
  return parts ? Date.UTC(parts.year, parts.month, parts.day) : null;
}

/** Minutes since the epoch of the written day and time (local, as written): orders a thread's messages. */
export function mailDateOrder(value: string | null | undefined, lang?: string | null): number | null {
  const parts = mailDateParts(value, lang);
  return parts ? Date.UTC(parts.year, parts.month, parts.day) / 60_000 + (parts.minutes ?? 0) : null;
}

/** Arabic-Indic, extended Arabic-Indic and full-width digits as ASCII digits. */
function normaliseDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x660 && code <= 0x669) out += String(code - 0x660);
    else if (code >= 0x6f0 && code <= 0x6f9) out += String(code - 0x6f0);
    else if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
    else out += char;
  }
  return out;
}

const DIGIT = /\d/;
const LETTER = /[\p{L}\p{M}]/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Numbers, words and single separators, in one pass. A CJK character is a word of its own
 * (年, 月, 日 and weekdays), except the two-character am/pm words (下午, 午後...).
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length && tokens.length < 80) {
    const char = text[i]!;
    if (DIGIT.test(char)) {
      let end = i;
      while (end < text.length && DIGIT.test(text[end]!)) end++;
      tokens.push({ kind: 'num', value: Number(text.slice(i, end)), digits: end - i, at: i });
      i = end;
    } else if (CJK.test(char)) {
      const pair = text.slice(i, i + 2);
      const isPair = PM.has(pair) || AM.has(pair);
      tokens.push({ kind: 'word', value: isPair ? pair : char, at: i });
      i += isPair ? 2 : 1;
    } else if (LETTER.test(char)) {
      let end = i;
      // "a.m." and "p.m." stay one word; other dots end the word ("sept." -> "sept").
      while (end < text.length && (LETTER.test(text[end]!) || (text[end] === '.' && LETTER.test(text[end + 1] ?? '') && end - i === 1)) && !CJK.test(text[end]!)) end++;
      tokens.push({ kind: 'word', value: text.slice(i, end), at: i });
      i = end;
    } else {
      if (char.trim()) tokens.push({ kind: 'sep', value: char, at: i });
      i++;
    }
  }
  return tokens;
}

interface FoundDate {
  parts: Omit<MailDateParts, 'minutes'>;
  /** Index of the first token after the date. */
  end: number;
}

function findDate(tokens: readonly Token[], lang: string | null): FoundDate | null {
  for (let i = 0; i < tokens.length; i++) {
    const found = cjkDate(tokens, i) ?? numericDate(tokens, i, lang) ?? namedMonthDate(tokens, i);
    if (found) return found;
  }
  return null;
}

const num = (token: Token | undefined): token is Extract<Token, { kind: 'num' }> => token?.kind === 'num';
const word = (token: Token | undefined, value?: string): token is Extract<Token, { kind: 'word' }> =>
  token?.kind === 'word' && (value === undefined || token.value === value);
const sep = (token: Token | undefined, values: string): boolean => token?.kind === 'sep' && values.includes(token.value);

/** "2026年9月17日" */
function cjkDate(tokens: readonly Token[], i: number): FoundDate | null {
  const [y, yMark, m, mMark, d, dMark] = tokens.slice(i, i + 6);
  if (!num(y) || !word(yMark, '年') || !num(m) || !word(mMark, '月') || !num(d) || !word(dMark, '日')) return null;
  return checked(y.value, m.value - 1, d.value, i + 6);
}

/** "9/17/2026", "18/05/2026", "17.09.2026", "17-9-2026", "2026/09/17", "2026-09-17" */
function numericDate(tokens: readonly Token[], i: number, lang: string | null): FoundDate | null {
  const [a, s1, b, s2, c] = tokens.slice(i, i + 5);
  if (!num(a) || !num(b) || !num(c) || !sep(s1, '/.-') || s2?.kind !== 'sep' || s2.value !== (s1 as Token).value) return null;
  if (a.digits === 4) return checked(a.value, b.value - 1, c.value, i + 5);
  if (c.digits !== 4 || a.digits > 2 || b.digits > 2) return null;
  const slash = (s1 as Token).value === '/';
  // Dots and dashes are day first everywhere; a slash is day first unless the language writes month first.
  let dayFirst = true;
  if (slash && a.value <= 12 && b.value <= 12 && a.value !== b.value) {
    if (lang === null) return null;
    dayFirst = !monthFirst(lang);
  } else if (slash && a.value <= 12 && b.value > 12) {
    dayFirst = false;
  }
  return dayFirst ? checked(c.value, b.value - 1, a.value, i + 5) : checked(c.value, a.value - 1, b.value, i + 5);
}

/** "Sep 17, 2026", "17 sept. 2026", "17. Sept. 2026", "17 de septiembre de 2026", "١٧ سبتمبر ٢٠٢٦" */
function namedMonthDate(tokens: readonly Token[], i: number): FoundDate | null {
  const month = tokens[i];
  if (!word(month)) return null;
  const index = monthIndex(month.value, tokens[i + 1]);
  if (index === null) return null;
  const monthEnd = index.twoWords ? i + 2 : i + 1;
  // Day before the month ("17 sept", "17. Sept", "17 de septiembre"), else after it ("Sep 17").
  let before = i - 1;
  while (before >= 0 && (sep(tokens[before], '.,') || word(tokens[before], 'de'))) before--;
  const dayBefore = tokens[before];
  let after = monthEnd;
  while (after < tokens.length && (sep(tokens[after], '.,') || word(tokens[after], 'de'))) after++;
  const next = tokens[after];
  let day: number | null = null;
  let yearAt = after;
  if (num(dayBefore) && dayBefore.digits <= 2 && i - before <= 3) day = dayBefore.value;
  else if (num(next) && next.digits <= 2) {
    day = next.value;
    yearAt = after + 1;
  }
  if (day === null) return null;
  // The year within a few tokens ("Sep 17, 2026", "17 sept. 2026", "17 Eyl 2026 Per").
  for (let j = yearAt; j < Math.min(tokens.length, yearAt + 4); j++) {
    const token = tokens[j];
    if (num(token) && token.digits === 4) return checked(token.value, index.month, day, j + 1);
    if (num(token)) return null;
  }
  return null;
}

function monthIndex(value: string, next: Token | undefined): { month: number; twoWords: boolean } | null {
  if (word(next)) {
    const pair = MONTHS.get(`${value} ${next.value}`);
    if (pair !== undefined) return { month: pair, twoWords: true };
  }
  const single = MONTHS.get(value);
  return single === undefined ? null : { month: single, twoWords: false };
}

/** "2:52 PM", "14:52", "下午2:52", "2:52 م" after the date. */
function findTime(tokens: readonly Token[], from: number): number | null {
  for (let i = from; i < tokens.length - 2; i++) {
    const [h, colon, m] = tokens.slice(i, i + 3);
    if (!num(h) || !sep(colon, ':') || !num(m) || h.value > 23 || m.value > 59 || m.digits !== 2) continue;
    let hour = h.value;
    const around = [tokens[i - 1], tokens[i + 3], tokens[i + 4]];
    const pm = around.some((token) => word(token) && PM.has(token.value.replace(/\.$/, '')));
    const am = around.some((token) => word(token) && AM.has(token.value.replace(/\.$/, '')));
    if (pm && hour < 12) hour += 12;
    if (am && hour === 12) hour = 0;
    return hour * 60 + m.value;
  }
  return null;
}

function checked(year: number, month: number, day: number, end: number): FoundDate | null {
  if (year < 1995 || year > 2100 || month < 0 || month > 11 || day < 1 || day > 31) return null;
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
  return { parts: { year, month, day }, end };
}
