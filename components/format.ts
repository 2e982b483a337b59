import type { Language } from '../lib/i18n';

/**
 * The locale dates and numbers are written in: the browser's own when it speaks the UI's
 * language (an American seller reads "Nov 24, 2026", a British one "24 Nov 2026", a seller in
 * Taiwan reading the Chinese UI "2026年11月24日"), else the UI language's usual one.
 */
export function displayLocale(language: Language, browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]): string {
  const prefix = language === 'zh' ? 'zh' : 'en';
  const own = browserLanguages.find((tag) => tag.toLowerCase().split('-')[0] === prefix);
  if (own && Intl.DateTimeFormat.supportedLocalesOf([own]).length) return own;
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = displayLocale(language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** A date a seller reads at a glance: "24 Nov 2026, 14:05" / "2026年11月24日 14:05". */
export function formatDateTime(timestamp: number, language: Language): string {
  return dateFormat(language, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(timestamp);
}

/** A day: "20 Nov 2026" / "2026年11月20日". */
export function formatDate(timestamp: number, language: Language): string {
  return dateFormat(language, { year: 'numeric', month: 'short', day: 'numeric' }).format(timestamp);
}

/** A calendar day stored as UTC midnight (a week's Monday, a registration date): "16 Nov 2026". */
export function formatUtcDay(timestamp: number, language: Language): string {
  return dateFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(timestamp);
}

/** The same without the year, for chart axes: "16 Nov" / "11月16日". */
export function formatUtcShortDay(timestamp: number, language: Language): string {
  return dateFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(timestamp);
}

/** A count in the seller's locale: "1,234", "1 234"... */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(displayLocale(language)).format(value);
}
