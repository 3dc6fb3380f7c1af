import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language.ts';

describe('pickLanguage', () => {
  it('keeps the language the user chose', () => {
    expect(pickLanguage('pl', ['en-US'])).toBe('pl');
    expect(pickLanguage('en', ['pl-PL'])).toBe('en');
  });

  it('otherwise takes the first browser language it has, by its base tag', () => {
    expect(pickLanguage(null, ['de-DE', 'pl-PL', 'en'])).toBe('pl');
    expect(pickLanguage(null, ['en-GB', 'pl'])).toBe('en');
    expect(pickLanguage('xx', ['PL'])).toBe('pl');
  });

  it('falls back to English', () => {
    expect(pickLanguage(null, [])).toBe('en');
    expect(pickLanguage('fr', ['fr-FR'])).toBe('en');
  });
});
