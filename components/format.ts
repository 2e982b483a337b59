import type { Language } from '../lib/i18n';

/** A date a seller reads at a glance: "24 Nov 2026, 14:05" / "2026年11月24日 14:05". */
export function formatDateTime(timestamp: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(timestamp);
}

/** A day: "20 Nov 2026" / "2026年11月20日". */
export function formatDate(timestamp: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' }).format(timestamp);
}
