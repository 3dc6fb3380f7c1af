/** The languages of the interface; every one has a file in web/src/locales. */
export const LANGUAGES = ['en', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'journeylens.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The language to start in: the one the user chose before, else the first of the browser's
 * preferred languages we have (`pl-PL` counts as `pl`), else English.
 * Example: `pickLanguage(null, ['de-DE', 'pl-PL', 'en'])` → `'pl'`.
 */
export function pickLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
