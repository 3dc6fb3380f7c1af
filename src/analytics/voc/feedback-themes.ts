import { isStopWord, type TextLanguage, termKey, tokenize } from './text-tokens.ts';

/** One feedback text to group: its words, language, and sentiment (null when not scored). */
export interface ThemeInput {
  text: string;
  language: string;
  sentiment: number | null;
}

export interface FeedbackTheme {
  /** The top keywords joined, e.g. "delivery, late, parcel". */
  label: string;
  /** Up to 3 keywords (as customers wrote them most often), most characteristic first. */
  keywords: string[];
  /** Texts in the theme. */
  size: number;
  /** size ÷ all texts grouped. */
  share: number;
  /** Mean sentiment (−1..1) of the theme's scored texts; null when none was scored. */
  sentiment: number | null;
  /** The texts closest to the theme's centre, distinct (also apart from codes), most typical first. */
  examples: string[];
}

export interface ThemeOptions {
  /** Most themes to report. */
  maxThemes: number;
  /** Fewest texts a theme needs. */
  minSize: number;
  /** Example quotes per theme. */
  examples: number;
}

export const DEFAULT_THEME_OPTIONS: ThemeOptions = { maxThemes: 10, minSize: 2, examples: 3 };

/** A word in more than this share of the texts says nothing about what sets them apart. */
const MAX_DOC_SHARE = 0.5;
/** Least cosine similarity to a theme's centre for a text to join it. */
const MIN_SIMILARITY = 0.15;
const MAX_REFINEMENTS = 10;

type Vector = Map<number, number>;

/**
 * Groups feedback texts into recurring themes, deterministically (same texts, same themes):
 *
 * 1. Terms: each text's words without stop words, words under 3 letters or codes with digits
 *    (order numbers), by key (stem; see
 *    termKey), once per text; terms in more than half the texts, or in fewer than `minSize`,
 *    are dropped. Each text is a TF-IDF vector (binary TF, smoothed IDF ln((1+N)/(1+df)) + 1,
 *    as scikit-learn's TfidfVectorizer), of unit length.
 * 2. Seeds, anchored on keywords: the term found in most texts not yet in a theme starts a theme
 *    with those texts (ties: the term in more texts overall, then alphabetical), until
 *    `maxThemes` or no term has `minSize` such texts.
 * 3. Refinement, as k-means on cosine similarity seeded by the anchors: every text joins the
 *    theme whose centre is nearest (at least MIN_SIMILARITY; ties to the earlier theme), the
 *    centres move, until nothing changes (at most 10 rounds). Themes under `minSize` dissolve.
 *
 * Texts in no theme are counted by the caller (size of the input − sizes of the themes). Themes
 * come largest first. Example: three texts on late delivery, three on high prices and three on
 * rude staff → themes labelled "delivery, …", "price, …", "staff, …".
 */
export function feedbackThemes(
  items: readonly ThemeInput[],
  options: Partial<ThemeOptions> = {},
): FeedbackTheme[] {
  const opts = { ...DEFAULT_THEME_OPTIONS, ...options };
  const n = items.length;
  if (n === 0) return [];

  // 1. Terms of each text, and how customers spelled each term.
  const termIds = new Map<string, number>();
  const spellings: Map<string, number>[] = [];
  const docTerms: number[][] = items.map((item) => {
    const language: TextLanguage = item.language === 'pl' ? 'pl' : 'en';
    const seen = new Set<number>();
    for (const word of tokenize(withoutCodes(item.text))) {
      if ([...word].length < 3 || isStopWord(word, language)) continue;
      const key = termKey(word, language);
      let id = termIds.get(key);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(key, id);
        spellings.push(new Map());
      }
      const spelled = spellings[id]!;
      spelled.set(word, (spelled.get(word) ?? 0) + 1);
      seen.add(id);
    }
    return [...seen];
  });
  const keys = [...termIds.keys()];
  const df = new Array<number>(keys.length).fill(0);
  for (const terms of docTerms) for (const t of terms) df[t]!++;
  const usable = (t: number) => df[t]! >= opts.minSize && df[t]! <= Math.max(opts.minSize, MAX_DOC_SHARE * n);
  const idf = df.map((d) => Math.log((1 + n) / (1 + d)) + 1);
  const vectors: Vector[] = docTerms.map((terms) => {
    const kept = terms.filter(usable);
    const norm = Math.sqrt(kept.reduce((s, t) => s + idf[t]! ** 2, 0));
    return new Map(kept.map((t) => [t, idf[t]! / norm]));
  });

  // 2. Keyword-anchored seeds.
  const theme = new Array<number>(n).fill(-1);
  let seeds = 0;
  while (seeds < opts.maxThemes) {
    const counts = new Map<number, number>();
    vectors.forEach((v, i) => {
      if (theme[i] === -1) for (const t of v.keys()) counts.set(t, (counts.get(t) ?? 0) + 1);
    });
    let best = -1;
    let bestCount = 0;
    for (const [t, c] of counts) {
      const better =
        c > bestCount ||
        (c === bestCount &&
          best >= 0 &&
          (df[t]! > df[best]! || (df[t] === df[best] && keys[t]! < keys[best]!)));
      if (better) {
        best = t;
        bestCount = c;
      }
    }
    if (best < 0 || bestCount < opts.minSize) break;
    vectors.forEach((v, i) => {
      if (theme[i] === -1 && v.has(best)) theme[i] = seeds;
    });
    seeds++;
  }
  if (seeds === 0) return [];

  // 3. Refinement.
  let centres = centresOf(vectors, theme, seeds);
  for (let round = 0; round < MAX_REFINEMENTS; round++) {
    let changed = false;
    vectors.forEach((v, i) => {
      let best = -1;
      let bestSim = MIN_SIMILARITY - 1e-12;
      centres.forEach((c, k) => {
        const sim = dot(v, c);
        if (sim > bestSim + 1e-12) {
          best = k;
          bestSim = sim;
        }
      });
      if (theme[i] !== best) {
        theme[i] = best;
        changed = true;
      }
    });
    if (!changed) break;
    centres = centresOf(vectors, theme, seeds);
  }

  const themes: FeedbackTheme[] = [];
  for (let k = 0; k < seeds; k++) {
    const members = theme.flatMap((t, i) => (t === k ? [i] : []));
    if (members.length < opts.minSize) continue;
    const centre = centres[k]!;
    const top = [...centre.entries()]
      .sort((a, b) => b[1] - a[1] || (keys[a[0]]! < keys[b[0]]! ? -1 : 1))
      .slice(0, 3)
      .map(([t]) => commonest(spellings[t]!));
    const scored = members.map((i) => items[i]!.sentiment).filter((s): s is number => s !== null);
    const typical = [...members].sort((a, b) => dot(vectors[b]!, centre) - dot(vectors[a]!, centre) || a - b);
    // Quotes that differ only in an order number are one quote.
    const examples: string[] = [];
    const quoted = new Set<string>();
    for (const i of typical) {
      if (examples.length >= opts.examples) break;
      const text = items[i]!.text;
      const gist = withoutCodes(text);
      if (quoted.has(gist)) continue;
      quoted.add(gist);
      examples.push(text);
    }
    themes.push({
      label: top.join(', '),
      keywords: top,
      size: members.length,
      share: members.length / n,
      sentiment: scored.length > 0 ? scored.reduce((s, x) => s + x, 0) / scored.length : null,
      examples,
    });
  }
  return themes.sort((a, b) => b.size - a.size || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** The text without words that hold a digit: order numbers, SKUs, dates ("ord-42-17" is no theme). */
function withoutCodes(text: string): string {
  return text
    .split(/\s+/)
    .filter((chunk) => !/\d/.test(chunk))
    .join(' ');
}

/** Mean vector of each theme's members, scaled to unit length (cosine centres). */
function centresOf(vectors: readonly Vector[], theme: readonly number[], k: number): Vector[] {
  const sums: Vector[] = Array.from({ length: k }, () => new Map());
  vectors.forEach((v, i) => {
    const t = theme[i]!;
    if (t < 0) return;
    const sum = sums[t]!;
    for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
  });
  return sums.map((sum) => {
    const norm = Math.sqrt([...sum.values()].reduce((s, w) => s + w * w, 0));
    return norm > 0 ? new Map([...sum].map(([t, w]) => [t, w / norm])) : sum;
  });
}

function dot(a: Vector, b: Vector): number {
  let s = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) s += w * o;
  }
  return s;
}

/** The spelling customers used most (ties: alphabetical). */
function commonest(spelled: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [word, count] of spelled) {
    if (count > bestCount || (count === bestCount && word < best)) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}
