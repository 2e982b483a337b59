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

/**
 * Every UI string of both languages, as written. The extension does not bundle this module: the
 * build writes it as a gzipped data file that `loadMessages()` (./index.ts) reads; Node installs
 * it directly. Types only are imported from here elsewhere.
 */

/** Common and popup strings (en.ts / zh.ts), dashboard strings (dashboard.*.ts), follow-seller strings (offers.*.ts), overview and first-steps strings, one key space. */
const en = { ...commonEn, ...dashboardEn, ...offersEn, ...overviewEn, ...guideEn, ...accountsEn };
export type MessageKey = keyof typeof en;
const zh: Record<MessageKey, string> = { ...commonZh, ...dashboardZh, ...offersZh, ...overviewZh, ...guideZh, ...accountsZh };

export type Messages = Record<'en' | 'zh', Record<MessageKey, string>>;

export const MESSAGES: Messages = { en, zh };
