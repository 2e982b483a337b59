import { accountsEn } from './accounts.en';
import { accountsZh } from './accounts.zh';
import { dashboardEn } from './dashboard.en';
import { dashboardZh } from './dashboard.zh';
import { en as commonEn } from './en';
import { offersEn } from './offers.en';
import { offersZh } from './offers.zh';
import { guideEn } from './guide.en';
import { guideZh } from './guide.zh';
import { overviewEn } from './overview.en';
import { overviewZh } from './overview.zh';
import { zh as commonZh } from './zh';

export type Language = 'en' | 'zh';

/** Common and popup strings (en.ts / zh.ts), dashboard strings (dashboard.*.ts), follow-seller strings (offers.*.ts), overview and first-steps strings, one key space. */
const en = { ...commonEn, ...dashboardEn, ...offersEn, ...overviewEn, ...guideEn, ...accountsEn };
export type MessageKey = keyof typeof en;
const zh: Record<MessageKey, string> = { ...commonZh, ...dashboardZh, ...offersZh, ...overviewZh, ...guideZh, ...accountsZh };

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { en, zh };

/** The browser's language decides unless the seller chose one in settings ('auto'). */
export function resolveLanguage(setting: string | undefined, browserLanguage: string): Language {
  if (setting === 'en' || setting === 'zh') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, params) => {
    const template = dictionary[key] ?? en[key];
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole)) : template;
  };
}

/** A message key for a value that may have none (page kinds, reasons): falls back to `fallback`. */
export function keyOr(key: string, fallback: MessageKey): MessageKey {
  // Own keys only: a key from stored data may be `toString` or `__proto__`.
  return Object.hasOwn(en, key) ? (key as MessageKey) : fallback;
}
