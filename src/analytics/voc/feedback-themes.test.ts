import { describe, expect, it } from 'vitest';
import { feedbackThemes, type ThemeInput } from './feedback-themes.ts';

const en = (text: string, sentiment: number | null = null): ThemeInput => ({
  text,
  language: 'en',
  sentiment,
});
const pl = (text: string, sentiment: number | null = null): ThemeInput => ({
  text,
  language: 'pl',
  sentiment,
});

// Hand-labelled: what each text is about, as a reader would file it.
const LABELLED: [topic: string, input: ThemeInput][] = [
  ['delivery', en('Delivery was late again', -0.5)],
  ['delivery', en('The delivery took two weeks', -0.3)],
  ['delivery', en('Late delivery and no tracking updates', -0.6)],
  ['delivery', en('Courier lost my delivery', -0.4)],
  ['price', en('Prices are too high', -0.4)],
  ['price', en('The price went up last month', 0)],
  ['price', en('Too expensive, the price is not fair', -0.7)],
  ['price', en('Good products but high prices', 0.2)],
  ['staff', en('Staff in the store were rude', -0.6)],
  ['staff', en('Helpful staff at the till', 0.5)],
  ['staff', en('The staff ignored me', -0.3)],
  ['staff', en('Friendly staff, quick help', 0.8)],
];

describe('feedbackThemes', () => {
  it('puts texts about delivery, price and staff in three separate themes', () => {
    const themes = feedbackThemes(LABELLED.map(([, input]) => input));
    expect(themes).toHaveLength(3);
    const topicOf = (text: string) => LABELLED.find(([, i]) => i.text === text)?.[0];
    for (const theme of themes) {
      // Every example of a theme is about one topic, and the theme is named after it.
      const topics = new Set(theme.examples.map(topicOf));
      expect(topics.size, theme.label).toBe(1);
      const [topic] = [...topics];
      expect(theme.keywords.map((k) => k.replace(/s$/, ''))).toContain(topic);
      expect(theme.size).toBe(4);
      expect(theme.share).toBeCloseTo(4 / 12, 12);
    }
    const staff = themes.find((t) => t.keywords.includes('staff'));
    // (−0.6 + 0.5 − 0.3 + 0.8) / 4 = 0.1
    expect(staff?.sentiment).toBeCloseTo(0.1, 12);
    const delivery = themes.find((t) => t.keywords.includes('delivery'));
    // (−0.5 − 0.3 − 0.6 − 0.4) / 4 = −0.45
    expect(delivery?.sentiment).toBeCloseTo(-0.45, 12);
  });

  it('groups inflected Polish forms of one word', () => {
    const themes = feedbackThemes([
      pl('Dostawa trwała za długo'),
      pl('Czekam na dostawę od tygodnia'),
      pl('Dostawy zawsze spóźnione'),
      pl('Obsługa w sklepie była miła'),
      pl('Bardzo pomocna obsługa'),
      pl('Obsługę klienta trzeba poprawić'),
    ]);
    expect(themes.map((t) => t.size)).toEqual([3, 3]);
    const delivery = themes.find((t) => t.examples.some((e) => e.startsWith('Dostawa')));
    expect(delivery?.examples).toHaveLength(3);
    expect(delivery?.examples.every((e) => /dostaw/i.test(e))).toBe(true);
  });

  it('is deterministic and leaves one-off texts out of every theme', () => {
    const input = [...LABELLED.map(([, i]) => i), en('Where is the invoice?'), en('Thanks')];
    const a = feedbackThemes(input);
    expect(feedbackThemes(input)).toEqual(a);
    expect(a.reduce((s, t) => s + t.size, 0)).toBe(12);
    expect(a.flatMap((t) => t.examples)).not.toContain('Thanks');
  });

  it('keeps at most three distinct example quotes and respects maxThemes', () => {
    const themes = feedbackThemes([...LABELLED.map(([, i]) => i), en('Delivery was late again')], {
      maxThemes: 2,
    });
    expect(themes).toHaveLength(2);
    for (const t of themes) {
      expect(t.examples.length).toBeLessThanOrEqual(3);
      expect(new Set(t.examples).size).toBe(t.examples.length);
    }
  });

  it('finds no theme in no texts', () => {
    expect(feedbackThemes([])).toEqual([]);
  });
});

describe('feedbackThemes and codes', () => {
  it('does not make a theme of order numbers', () => {
    const themes = feedbackThemes([
      en('Order ord-42-17 is late'),
      en('Order ord-42-18 arrived broken'),
      en('Where is ord-42-19?'),
    ]);
    expect(themes.flatMap((t) => t.keywords)).not.toContain('ord');
  });
});
