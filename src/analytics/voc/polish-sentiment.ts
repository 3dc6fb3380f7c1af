import { createRequire } from 'node:module';
import { POLISH_FEEDBACK_WORDS } from './feedback-lexicon.ts';
import { isStopWord, termKey, tokenize } from './text-tokens.ts';

/** A lexicon's verdict on a text: the sum of the valences of its words, and how many words scored. */
export interface LexiconScore {
  sum: number;
  hits: number;
}

const require = createRequire(import.meta.url);
// AFINN translated to Polish (~3,600 words, −5..+5), shipped inside @nlpjs/lang-pl: no download.
const afinnPl = require('@nlpjs/lang-pl/src/sentiment/afinn_pl.json') as Record<string, number>;

/** Words that turn the valence of a following word around: "nie polecam", "bez problemu". */
const NEGATORS = new Set(['nie', 'bez', 'ani']);
/** How many words after a negator it still reaches ("nie działa dobrze"). */
const NEGATION_REACH = 2;

/**
 * The lexicon by stem. Polish inflects heavily ("świetny", "świetna", "świetne", "świetnych"),
 * so a lookup of the word as written misses most words. Measured on the demo's Polish survey
 * comments, tickets and reviews (49 distinct texts, 244 words that are not stop words): 9% of
 * the words are in the lexicon as written, 15% by stem, 19% by key (termKey: stem to a fixed point, last vowel off) with
 * the feedback words of feedback-lexicon.ts, and 76% of the texts get at least one scored word. Stems shared by
 * several entries take their mean. Stop words
 * are left out (the translation scores "na" +1 and "nie" −1, see NEGATORS).
 */
function buildLexicon(): Map<string, number> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const [word, score] of Object.entries(afinnPl)) {
    const lower = word.toLowerCase();
    if (!/^\p{L}+$/u.test(lower) || isStopWord(lower, 'pl')) continue;
    const s = polishKey(lower);
    const acc = sums.get(s) ?? { total: 0, n: 0 };
    acc.total += score;
    acc.n++;
    sums.set(s, acc);
  }
  const lexicon = new Map([...sums].map(([s, { total, n }]) => [s, total / n]));
  for (const [word, score] of Object.entries(POLISH_FEEDBACK_WORDS)) lexicon.set(polishKey(word), score);
  return lexicon;
}

let lexicon: Map<string, number> | undefined;
let feedbackKeys: Set<string> | undefined;

/**
 * The valence of a Polish word by its key (see termKey); undefined when the lexicon does not
 * know it. Stop words have none unless they are feedback words ("dobrze" is in the stop list):
 * their short keys would meet unrelated entries ("przy" → "prz" ← "przemiły").
 */
export function polishValence(word: string): number | undefined {
  lexicon ??= buildLexicon();
  feedbackKeys ??= new Set(Object.keys(POLISH_FEEDBACK_WORDS).map(polishKey));
  const key = polishKey(word);
  if (isStopWord(word, 'pl') && !feedbackKeys.has(key)) return undefined;
  return lexicon.get(key);
}

const polishKey = (word: string) => termKey(word, 'pl');

/**
 * The AFINN sum of a Polish text over stemmed words. A negator ("nie", "bez", "ani") flips the
 * next scored word within two words ("nie polecam" −2, "bez problemu" +2, "nie działa dobrze"
 * −2); a negator with no scored word after it counts −1 itself, since in feedback a bare
 * negated verb reports a failure ("nie działa", "nie odpowiada").
 * Example: `"Nie polecam, dostawa spóźniona"` → `{ sum: -4, hits: 2 }`.
 */
export function polishSentiment(text: string): LexiconScore {
  const words = tokenize(text);
  let sum = 0;
  let hits = 0;
  let negatedUntil = -1;
  let pendingNegator = false;
  words.forEach((word, i) => {
    if (NEGATORS.has(word)) {
      if (pendingNegator) {
        sum -= 1;
        hits++;
      }
      negatedUntil = i + NEGATION_REACH;
      pendingNegator = true;
      return;
    }
    if (pendingNegator && i > negatedUntil) {
      sum -= 1;
      hits++;
      pendingNegator = false;
    }
    const valence = polishValence(word);
    if (valence === undefined || valence === 0) return;
    hits++;
    if (pendingNegator && i <= negatedUntil) {
      sum -= valence;
      pendingNegator = false;
    } else sum += valence;
  });
  if (pendingNegator) {
    sum -= 1;
    hits++;
  }
  return { sum, hits };
}
