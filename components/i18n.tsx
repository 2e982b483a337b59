import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { database } from '../lib/db';
import { type Language, resolveLanguage, type Translate, translator } from '../lib/i18n';
import { useLiveQuery } from './use-live-query';

interface I18n {
  language: Language;
  setting: string;
  t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', setting: 'auto', t: translator('en') });

/** Provides the UI language: the seller's choice from settings, else the browser's. */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const stored = useLiveQuery(() => database().settings.get('language'), []);
  const setting = stored?.value ?? 'auto';
  const value = useMemo(() => {
    const language = resolveLanguage(setting, navigator.language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    return { language, setting, t: translator(language) };
  }, [setting]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
