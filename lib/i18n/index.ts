import { gunzipText } from '../domains/lists';
import type { MessageKey, Messages } from './messages';

export type { MessageKey } from './messages';
export type Language = 'en' | 'zh';

/**
 * The UI strings of both languages ship as one gzipped data file (written by wxt.config.ts from
 * ./messages.ts, smaller than as code), read once by loadMessages() before anything translates:
 * each extension page before its first render, the background before a notification. Node
 * (tests, `npm run inspect`) installs them from the sources with installMessages(MESSAGES).
 */
export const MESSAGES_FILE = 'data/messages.json.gz';

let installed: Messages | null = null;
let loading: Promise<void> | null = null;

function messages(): Messages {
  if (!installed) throw new Error('UI strings not loaded: await loadMessages() before translating');
  return installed;
}

export function installMessages(loaded: Messages | null): void {
  installed = loaded;
}

/** Fetches and decompresses the strings once (concurrent callers share it); a failure is thrown and the next call tries again. */
export function loadMessages(fetchBytes: (path: string) => Promise<Uint8Array> = fromPackage): Promise<void> {
  if (installed) return Promise.resolve();
  loading ??= (async () => {
    let text: string;
    try {
      text = await gunzipText(await fetchBytes(MESSAGES_FILE));
    } catch (error) {
      throw new Error(`Could not load ${MESSAGES_FILE}: ${error instanceof Error ? error.message : String(error)}`);
    }
    installed ??= JSON.parse(text) as Messages;
  })().finally(() => {
    loading = null;
  });
  return loading;
}

async function fromPackage(path: string): Promise<Uint8Array> {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The browser's language decides unless the seller chose one in settings ('auto'). */
export function resolveLanguage(setting: string | undefined, browserLanguage: string): Language {
  if (setting === 'en' || setting === 'zh') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The strings are looked up at each call, so a translator may be made before they are loaded. */
export function translator(language: Language): Translate {
  return (key, params) => {
    const all = messages();
    const template = all[language][key] ?? all.en[key];
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole)) : template;
  };
}

/** A message key for a value that may have none (page kinds, reasons): falls back to `fallback`. */
export function keyOr(key: string, fallback: MessageKey): MessageKey {
  // Own keys only: a key from stored data may be `toString` or `__proto__`.
  return Object.hasOwn(messages().en, key) ? (key as MessageKey) : fallback;
}
