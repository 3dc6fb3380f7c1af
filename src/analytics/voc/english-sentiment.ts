import Sentiment from 'sentiment';
import { ENGLISH_FEEDBACK_WORDS } from './feedback-lexicon.ts';
import type { LexiconScore } from './polish-sentiment.ts';

const analyzer = new Sentiment();
const options = { extras: { ...ENGLISH_FEEDBACK_WORDS } };

/**
 * The AFINN-165 sum of an English text through the `sentiment` package, which flips a word that
 * follows a negator ("not good" → −3), with the shop-feedback words of feedback-lexicon.ts.
 * Example: `"Not good, delivery was late"` → `{ sum: -5, hits: 2 }`.
 */
export function englishSentiment(text: string): LexiconScore {
  const r = analyzer.analyze(text, options);
  return { sum: r.score, hits: r.words.length };
}
