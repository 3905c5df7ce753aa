import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../../shared/errors.ts';
import { type MessageKey, vi } from '../../../shared/i18n/vi.ts';

export type { MessageKey };
export type Language = Locale;
export type TFunction = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'kc.lang';
/** Vietnamese ships in the first bundle; English is fetched the first time it is needed. */
const dictionaries: Partial<Record<Language, Record<MessageKey, string>>> = { vi };

export async function loadLanguage(lang: Language): Promise<void> {
  if (dictionaries[lang]) return;
  if (lang === 'en') dictionaries.en = (await import('../../../shared/i18n/en.ts')).en;
}

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Language = readStoredLanguage();

/** The language the API client sends as Accept-Language; kept in step with the provider. */
export function currentLanguage(): Language {
  return current;
}

export function translate(lang: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[lang]?.[key] ?? vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

type I18nValue = { lang: Language; setLang: (lang: Language) => void; t: TFunction };

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(current);
  const setLang = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    void loadLanguage(next)
      .catch(() => undefined)
      .then(() => {
        current = next;
        setLangState(next);
      });
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const t = useCallback<TFunction>((key, params) => translate(lang, key, params), [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** Picks the label of the current language from a `{vi, en}` pair (role and organisation-kind labels). */
export function useLabel() {
  const { lang } = useI18n();
  return useCallback((label: { vi: string; en: string }) => label[lang], [lang]);
}
