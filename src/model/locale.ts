import i18next from 'i18next';
import { z } from 'zod';
import en from './locales/en.json' with { type: 'json' };
import pl from './locales/pl.json' with { type: 'json' };

// Every user-facing string of the model lives in locales/*.json. Adding a language means adding
// its JSON file and one line here; `Locale`, `LOCALES` and `LocaleSchema` follow from this object.
// Static JSON imports (not fs) so the same code runs in Node, tsx, Vitest and the Vite web app.
const RESOURCES = {
  en: { translation: en },
  pl: { translation: pl },
} as const;

export type Locale = keyof typeof RESOURCES;
export const LOCALES = Object.keys(RESOURCES) as [Locale, ...Locale[]];
export const LocaleSchema = z.enum(LOCALES);

/** The locale used when a key is missing in another language. */
export const DEFAULT_LOCALE: Locale = 'en';

// A private instance, not the i18next singleton: the web UI and server configure their own
// i18next, and the model must neither depend on nor disturb that set-up. With inline resources
// and `initAsync: false`, init completes synchronously, so no caller has to await it.
const i18n = i18next.createInstance();
void i18n.init({
  resources: RESOURCES,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  interpolation: { escapeValue: false }, // values are rendered by React or written to JSON, not to raw HTML
});

/**
 * Translates a model key (e.g. `stages.awareness.name`) into `locale`, falling back to English;
 * returns `undefined` when no language has the key. Example: `translate('pl', 'stages.purchase.name') === 'Zakup'`.
 */
export function translate(locale: Locale, key: string): string | undefined {
  if (!i18n.exists(key, { lng: locale })) return undefined;
  return i18n.t(key, { lng: locale });
}
