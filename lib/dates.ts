/**
 * Dates as evidence states them. Everything is in UTC so the same records give the same pack on
 * any machine; the report says so once.
 */
const DAY_MS = 86_400_000;

/** `2026-03-12` */
export function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** `2026-03-12 09:30 UTC` */
export function isoDateTime(timestamp: number): string {
  return `${new Date(timestamp).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `12 March 2026`: the form letters use (day first, month in words: no US/EU ambiguity). */
export function longDateEn(timestamp: number): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(timestamp);
}

/** `2026年3月12日` */
export function dateZh(timestamp: number): string {
  const date = new Date(timestamp);
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** Whole calendar days (UTC) from `from` to `to`: positive when `from` is earlier. */
export function daysBetween(from: number, to: number): number {
  return Math.floor(to / DAY_MS) - Math.floor(from / DAY_MS);
}

/** An ISO date (`YYYY-MM-DD`, as the brand profile stores first-sale dates) as epoch ms; null if invalid. */
export function parseIsoDay(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const timestamp = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(timestamp) ? timestamp : null;
}

/** The seller's own calendar day (`2026-03-20`), for file names they will look for by date. */
export function localDay(timestamp: number): string {
  const date = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
