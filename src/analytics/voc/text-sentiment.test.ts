import { describe, expect, it } from 'vitest';
import type { Rng } from '../../demo/random.ts';
import { surveyComment, type Theme } from '../../demo/texts.ts';
import { textLanguage } from './text-language.ts';
import { textSentiment } from './text-sentiment.ts';

// Expected sums are worked out from the lexicons by hand: AFINN-165 for English, the Polish AFINN
// of @nlpjs/lang-pl with the feedback words of feedback-lexicon.ts, then x / √(x² + 15).
const squash = (x: number) => x / Math.sqrt(x * x + 15);

describe('textLanguage', () => {
  it('takes the language of the event locale first', () => {
    expect(textLanguage('Great!', 'pl-PL')).toBe('pl');
    expect(textLanguage('Świetnie', 'en_IE')).toBe('en');
    expect(textLanguage('Sehr gut', 'de-DE')).toBe('de');
  });

  it('guesses Polish from its letters or its function words, English otherwise', () => {
    expect(textLanguage('Wolna wysyłka.')).toBe('pl');
    expect(textLanguage('nie polecam')).toBe('pl');
    expect(textLanguage('Parcel was a week late, no updates.')).toBe('en');
    expect(textLanguage('not good')).toBe('en');
  });
});

describe('textSentiment in English', () => {
  it('scores praise positive and a complaint negative', () => {
    // great +3, quality +2 (AFINN-165), fast +2 (feedback word) → 7.
    expect(textSentiment('Fast delivery and great quality!').score).toBeCloseTo(squash(7), 9);
    // late −2 (feedback word).
    const late = textSentiment('The parcel was late');
    expect(late.score).toBeCloseTo(squash(-2), 9);
    expect(late.label).toBe('negative');
  });

  it('turns a negated word around', () => {
    // good +3, after "not" → −3.
    const s = textSentiment('not good');
    expect(s.score).toBeCloseTo(squash(-3), 9);
    expect(s.label).toBe('negative');
    // recommend +2 after "don't" → −2.
    expect(textSentiment("I don't recommend it").score).toBeCloseTo(squash(-2), 9);
  });

  it('calls a text with no scored word neutral', () => {
    expect(textSentiment('The order number is on the invoice.')).toEqual({
      score: 0,
      label: 'neutral',
      language: 'en',
    });
  });
});

describe('textSentiment in Polish', () => {
  it('finds inflected words through their stems', () => {
    // świetna → świetn (+3, from "świetny"), szybka → szybk (+2): 5.
    expect(textSentiment('Szybka dostawa i świetna jakość!').score).toBeCloseTo(squash(5 + 2), 9);
    // jakość is +2 in the Polish AFINN: 3 + 2 + 2 = 7 (the line above), so the plain form too:
    expect(textSentiment('Świetne produkty').score).toBeCloseTo(squash(3), 9);
  });

  it('turns "nie polecam" and "nie działa dobrze" negative', () => {
    // polecam +2 negated → −2.
    const s = textSentiment('nie polecam');
    expect(s.score).toBeCloseTo(squash(-2), 9);
    expect(s.label).toBe('negative');
    expect(s.language).toBe('pl');
    // dobrze +2, two words after "nie" → −2.
    expect(textSentiment('Wyszukiwarka nie działa dobrze.').score).toBeCloseTo(squash(-2), 9);
  });

  it('reads "bez problemu" as good and a bare "nie działa" as a failure', () => {
    // problem −2 negated by "bez" → +2.
    expect(textSentiment('Wszystko bez problemu').score).toBeCloseTo(squash(2), 9);
    // no scored word after "nie": the negated verb counts −1.
    expect(textSentiment('Płatność nie działa').score).toBeCloseTo(squash(-1), 9);
  });

  it('scores a slow, late delivery negative', () => {
    // wolna −2, spóźniona −2 (feedback words) → −4.
    expect(textSentiment('Wolna wysyłka, paczka spóźniona').score).toBeCloseTo(squash(-4), 9);
  });

  it('leaves other languages unscored', () => {
    expect(textSentiment('Sehr gut', 'de-DE')).toEqual({ score: null, label: null, language: 'de' });
  });
});

describe('textSentiment on the demo survey comments', () => {
  const THEMES: Theme[] = [
    'delivery_delay',
    'payment',
    'sizing',
    'price',
    'navigation',
    'slow_support',
    'praise',
  ];
  /** Every comment the demo can write for a theme: a stand-in random source that picks each in turn. */
  function comments(theme: Theme, locale: 'en' | 'pl', touchpoint: string): string[] {
    const out = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const pickNth = {
        pick: <T>(list: readonly T[]) => list[Math.min(i, list.length - 1)],
      } as unknown as Rng;
      out.add(surveyComment(pickNth, theme, locale, touchpoint));
    }
    return [...out];
  }

  for (const locale of ['en', 'pl'] as const) {
    it(`never calls a ${locale} complaint positive, and calls all ${locale} praise positive`, () => {
      for (const theme of THEMES) {
        for (const touchpoint of ['web', 'store', 'checkout', 'support']) {
          for (const text of comments(theme, locale, touchpoint)) {
            const s = textSentiment(text);
            expect(s.language, text).toBe(locale);
            if (theme === 'praise') expect(s.label, text).toBe('positive');
            else expect(s.label, text).not.toBe('positive');
          }
        }
      }
    });
  }
});
