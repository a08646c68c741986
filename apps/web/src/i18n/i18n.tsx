import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

import type { LocalizedText } from '@yilin/contracts';

import { MESSAGES, type MessageKey } from './messages';

export type Language = 'zh' | 'en';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** The message in the current language, with `{name}` placeholders filled from `params`. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Picks the current language from text that arrives from the API. */
  local(text: LocalizedText | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'yilin.language';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() =>
    localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh',
  );
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => {
        const text = MESSAGES[key][language];
        return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
      },
      local: (text) => (text ? text[language] || text.zh : ''),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider');
  return i18n;
}
