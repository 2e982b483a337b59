import { dictionary } from './labels';

/**
 * Dates as notices and pages write them, to epoch ms at 00:00 UTC of that day (the day is what
 * matters for a timeline; a notice's local time zone is rarely known). Formats:
 *   en "May 8, 2024", "8 May 2024", "Fri, Nov 20, 2026, 9:14 AM"   de "8. Mai 2024", "08.05.2024"
 *   fr "1er mai 2024"   es "8 de mayo de 2024"   it "8 maggio 2024"   zh/ja "2026年6月10日"
 *   ISO and ja "2024-05-08", "2024/05/08". Slashed day/month orders ("05/08/2024") are ambiguous
 *   between en-US and the rest of the world and are not read.
 */

// Each pattern is tried on a small window around a year (1995-2100), never on the whole text:
// years are rare, so finding dates costs one cheap scan however long the text is.
const YEAR = /(?<!\d)(?:199[5-9]|20\d\d|2100)(?!\d)/g;
// "2026年6月10日" (zh, ja)
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// "2024-05-08", "2024/05/08"
const ISO_DATE = /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/;
// "8 May 2024", "8. Mai 2024", "1er mai 2024", "8 de mayo de 2024", "8 maggio 2024"
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;
// "May 8, 2024", "Nov 20, 2026", "November 20th, 2026"
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
// "08.05.2024" (de, it)
const DOTTED_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;

const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => number | null][] = [
  [CJK_DATE, (m) => utcDay(+m[1]!, +m[2]! - 1, +m[3]!)],
  [ISO_DATE, (m) => utcDay(+m[1]!, +m[2]! - 1, +m[3]!)],
  [DAY_MONTH_YEAR, (m) => utcDay(+m[3]!, monthOf(m[2]!), +m[1]!)],
  [MONTH_DAY_YEAR, (m) => utcDay(+m[3]!, monthOf(m[1]!), +m[2]!)],
  [DOTTED_DATE, (m) => utcDay(+m[3]!, +m[2]! - 1, +m[1]!)],
];

/** Dates are looked for in the first part of a text: the notice's own date is near its top. */
const DATE_SEARCH_CHARS = 50_000;
const MAX_YEARS = 60;

/** The first date written in the text, or null. */
export function findTextDate(text: string): number | null {
  const head = text.length > DATE_SEARCH_CHARS ? text.slice(0, DATE_SEARCH_CHARS) : text;
  YEAR.lastIndex = 0;
  let year: RegExpExecArray | null;
  for (let tries = 0; (year = YEAR.exec(head)) && tries < MAX_YEARS; tries++) {
    const windowStart = Math.max(0, year.index - 32);
    const window = head.slice(windowStart, year.index + 16);
    const yearAt = year.index - windowStart;
    let best: { index: number; time: number } | null = null;
    for (const [pattern, toTime] of PATTERNS) {
      const match = pattern.exec(window);
      // The match must contain this year, so dates are taken in the order they are written.
      if (!match || match.index > yearAt || match.index + match[0].length < yearAt + 4) continue;
      const time = toTime(match);
      if (time !== null && (!best || match.index < best.index)) best = { index: match.index, time };
    }
    if (best) return best.time;
  }
  return null;
}

/** A mail Date header (RFC 2822, ISO) or a page's date text; null when it is not a date. */
export function parseDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const trimmed = value.trim().slice(0, 200);
  // Only headers that carry a time zone or are ISO: Date.parse reads other shapes in local time.
  if (/^\d{4}-\d{2}-\d{2}T|[+-]\d{4}\b|\b(?:GMT|UTC|Z)\b/.test(trimmed)) {
    const parsed = Date.parse(trimmed);
    if (Number.isFinite(parsed)) return parsed;
  }
  return findTextDate(trimmed);
}

function monthOf(name: string): number {
  return dictionary().months.get(name.toLowerCase().replace(/\.$/, '')) ?? -1;
}

function utcDay(year: number, month: number, day: number): number | null {
  if (year < 1995 || year > 2100 || month < 0 || month > 11 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month, day);
  return new Date(time).getUTCDate() === day ? time : null;
}
