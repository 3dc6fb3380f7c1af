import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json' with { type: 'json' };
import pl from '../locales/pl.json' with { type: 'json' };
import { isLanguage, LANGUAGE_STORAGE_KEY, type Language, pickLanguage } from './language.ts';

// The app's own instance: the model (src/model/locale.ts) keeps a private one for template texts.
export const i18n = i18next.createInstance();

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): start from the browser's languages
  }
}

/**
 * Starts i18next in the language chosen before, or the browser's. Resources are bundled (two
 * small files), so initialisation is synchronous and the first render is already translated.
 */
export function initI18n(): void {
  const language = pickLanguage(storedLanguage(), window.navigator.languages ?? [window.navigator.language]);
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, pl: { translation: pl } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}

/** The language the interface is in now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Switches the interface language and remembers the choice for the next visit. */
export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered, but the switch still applies to this visit
  }
  void i18n.changeLanguage(language);
}
