import { describe, expect, it } from 'vitest';
import { LOCALES, LocaleSchema, translate } from './locale.ts';
import en from './locales/en.json' with { type: 'json' };
import pl from './locales/pl.json' with { type: 'json' };

/** Every leaf key as a dotted path, e.g. `stages.awareness.name`. */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('supports English and Polish', () => {
    expect(LOCALES).toEqual(['en', 'pl']);
    expect(LocaleSchema.safeParse('pl').success).toBe(true);
    expect(LocaleSchema.safeParse('de').success).toBe(false);
  });

  it('has the same keys in every translation file, all non-empty', () => {
    const english = leafKeys(en).sort();
    expect(leafKeys(pl).sort()).toEqual(english);
    for (const key of english) {
      expect(translate('en', key), key).not.toBe('');
      expect(translate('pl', key), key).not.toBe('');
    }
  });

  it('translates keys and returns undefined for unknown ones', () => {
    expect(translate('en', 'stages.retention.name')).toBe('Retention');
    expect(translate('pl', 'stages.retention.name')).toBe('Utrzymanie');
    expect(translate('pl', 'stages.no_such_stage.name')).toBeUndefined();
  });

  it('leaves the global i18next instance alone', async () => {
    const { default: i18next } = await import('i18next');
    expect(i18next.isInitialized).not.toBe(true);
    expect(i18next.exists('stages.awareness.name')).toBeFalsy();
  });
});
