import { englishSentiment } from './english-sentiment.ts';
import { polishSentiment } from './polish-sentiment.ts';
import { textLanguage } from './text-language.ts';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface TextSentiment {
  /** −1..1; null for a language that is not scored (only English and Polish are). */
  score: number | null;
  label: SentimentLabel | null;
  language: string;
}

/** VADER's normalisation constant: a sum of ±√15 ≈ ±3.9 (one strong word) maps to ±0.71. */
const ALPHA = 15;
/** VADER's thresholds on the normalised score for positive and negative. */
const THRESHOLD = 0.05;

/**
 * Sentiment of one feedback text, in its language (the event's locale, else guessed: see
 * textLanguage). The lexicon sum (AFINN, −5..+5 a word) is squashed to −1..1 as VADER does,
 * x / √(x² + 15), so one mild word is mild and many strong words approach ±1 without passing it;
 * the label uses VADER's ±0.05 (C. J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based
 * Model for Sentiment Analysis of Social Media Text", ICWSM 2014).
 * Example: `textSentiment("nie polecam")` → `{ score: -0.459, label: "negative", language: "pl" }`.
 */
export function textSentiment(text: string, locale?: string | null): TextSentiment {
  const language = textLanguage(text, locale);
  if (language !== 'en' && language !== 'pl') return { score: null, label: null, language };
  const { sum } = language === 'pl' ? polishSentiment(text) : englishSentiment(text);
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  const label: SentimentLabel =
    score >= THRESHOLD ? 'positive' : score <= -THRESHOLD ? 'negative' : 'neutral';
  return { score, label, language };
}
