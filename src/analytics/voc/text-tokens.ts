import { createRequire } from 'node:module';

/** Languages whose feedback texts are scored and grouped; other languages are passed through unscored. */
export type TextLanguage = 'en' | 'pl';

const require = createRequire(import.meta.url);
// stopword 3 ships word lists as plain arrays (ISO 639-3 names) and no type declarations.
const stopwordLists = require('stopword') as { eng: string[]; pol: string[] };
// @nlpjs/lang-pl is CommonJS without type declarations; its light stemmer strips Polish
// inflection (noun cases, verb persons, adjective endings) by suffix rules.
const { StemmerPl } = require('@nlpjs/lang-pl') as {
  StemmerPl: new () => { stemWord(word: string): string };
};

const STOP_WORDS: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(stopwordLists.eng),
  pl: new Set(stopwordLists.pol),
};

/**
 * Words of a text, lower-cased, in order: runs of letters, with an inner apostrophe kept
 * ("don't"); digits, punctuation and emoji are dropped. Example: `"Nie polecam!!"` → `["nie", "polecam"]`.
 */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/\p{L}+(?:['’]\p{L}+)*/gu)
      ?.map((w) => w.replace('’', "'")) ?? []
  );
}

export function isStopWord(word: string, language: TextLanguage): boolean {
  return STOP_WORDS[language].has(word);
}

const polishStemmer = new StemmerPl();
const stemCache = new Map<string, string>();

/**
 * The stem of a lower-cased word, so inflected forms meet: Polish by nlp.js's light stemmer
 * ("świetna", "świetne", "świetny" → "świetn"); English by Harman's S-stemmer plus -ing/-ed
 * (D. Harman, "How effective is suffixing?", JASIS 42(1), 1991): plurals and the commonest verb
 * endings, nothing that merges unrelated words.
 */
export function stem(word: string, language: TextLanguage): string {
  const key = `${language}:${word}`;
  let s = stemCache.get(key);
  if (s === undefined) {
    s = language === 'pl' ? polishStemmer.stemWord(word) : englishStem(word);
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(key, s);
  }
  return s;
}

/**
 * The key a word is looked up and grouped by: for Polish its stem, stemmed again until it stays
 * put, without a last vowel. nlp.js's light stemmer strips one ending a pass and leaves short
 * words and some cases alone ("problem" → "probl" but "problemu" → "problem"; "cena", "ceny",
 * "cenę" unchanged), so without this the forms of one word would not meet. English: its stem.
 * Examples: `termKey("problemu", "pl")` = `termKey("problem", "pl")` = "probl";
 * `termKey("cenę", "pl")` = `termKey("ceny", "pl")` = "cen".
 */
export function termKey(word: string, language: TextLanguage): string {
  if (language === 'en') return stem(word, 'en');
  let key = word;
  for (let i = 0; i < 3; i++) {
    const next = stem(key, 'pl');
    if (next === key) break;
    key = next;
  }
  return key.length > 3 && /[aeiouyąę]$/.test(key) ? key.slice(0, -1) : key;
}

function englishStem(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('ies') && !s.endsWith('eies') && !s.endsWith('aies'))
    s = `${s.slice(0, -3)}y`;
  else if (s.length > 3 && s.endsWith('es') && !/(aes|ees|oes)$/.test(s)) s = s.slice(0, -1);
  else if (s.length > 3 && s.endsWith('s') && !/(us|ss)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed') && !s.endsWith('eed')) s = s.slice(0, -2);
  return s;
}
