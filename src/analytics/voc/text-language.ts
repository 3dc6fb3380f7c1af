import { type TextLanguage, tokenize } from './text-tokens.ts';

/** Letters only Polish uses among the languages Journeylens scores. */
const POLISH_LETTERS = /[ąćęłńśźż]/i;

// Frequent function words of one language that are not words of the other: the full stop-word
// lists share "a", "i", "to", "no", "was", "on", "do" and cannot tell a short text apart.
const ENGLISH_MARKERS = new Set(
  'the and is are were of it not with for this that you my me have has had but be been very my our your they we at from will would can could'.split(
    ' ',
  ),
);
const POLISH_MARKERS = new Set(
  'nie jest się że na w z ze jak ale po za od czy mnie mi jestem bardzo już tylko tak co dla przez bo też jeszcze był była było są mam bez wszystko nic'.split(
    ' ',
  ),
);

/**
 * The language of a feedback text: from the locale the event carries (`pl-PL`, `en_IE`, `pl` →
 * its language subtag) when there is one, else guessed cheaply: a Polish letter (ą, ć, ę, ł, ń,
 * ś, ź, ż) says Polish, else whichever language's marker words are more frequent, English on a
 * tie. A locale in another language gives that language (lower-case), which is not scored.
 * Examples: `("Great!", "pl-PL")` → `"pl"`; `("Wolna wysyłka.")` → `"pl"`; `("Not good")` → `"en"`.
 */
export function textLanguage(text: string, locale?: string | null): TextLanguage | string {
  const subtag = locale?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (subtag && /^[a-z]{2,3}$/.test(subtag))
    return subtag === 'pol' ? 'pl' : subtag === 'eng' ? 'en' : subtag;
  if (POLISH_LETTERS.test(text)) return 'pl';
  let pl = 0;
  let en = 0;
  for (const word of tokenize(text)) {
    if (POLISH_MARKERS.has(word)) pl++;
    if (ENGLISH_MARKERS.has(word)) en++;
  }
  return pl > en ? 'pl' : 'en';
}
