// SVG has no automatic line wrapping and an exported file cannot ask the browser to measure text
// (the SVG is built without a DOM, and the PDF is drawn with another font engine), so widths are
// estimated from character classes. The estimates lean wide: a line that ends early looks fine,
// one that spills out of its card does not.

const NARROW = new Set([...'iIjl.,:;!|\'"`()[]{} 1tfr']);
const WIDE = new Set([...'mwMW@%&ŚŁ—…']);

/** Estimated advance of one character, in ems of a DejaVu-Sans-like face (a wide sans). */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.36;
  if (WIDE.has(ch)) return 0.92;
  if (ch >= '0' && ch <= '9') return 0.64;
  // Upper case (also accented: Ż, Ó) is wider than lower case in every sans face.
  if (ch !== ch.toLowerCase()) return 0.74;
  return 0.62;
}

/**
 * Estimated width of `text` set at `fontSize` (bold is about 10% wider).
 * Example: `textWidth('Awareness', 10)` → about 60.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charEm(ch);
  return ems * fontSize * (bold ? 1.1 : 1);
}

export interface WrapOptions {
  fontSize: number;
  bold?: boolean;
  /** Lines beyond this are dropped and the last line ends in "…". */
  maxLines?: number;
}

/** Cuts `word` so that it plus `suffix` fits `maxWidth`; at least one character stays. */
function cut(word: string, maxWidth: number, options: WrapOptions, suffix = ''): string {
  const chars = [...word];
  let end = chars.length;
  while (
    end > 1 &&
    textWidth(chars.slice(0, end).join('') + suffix, options.fontSize, options.bold) > maxWidth
  ) {
    end--;
  }
  return chars.slice(0, end).join('') + suffix;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (estimated), at spaces where it can and inside
 * a word only when the word alone is too long. Line breaks in the text are kept. With `maxLines`,
 * what does not fit is replaced by "…" at the end of the last line.
 *
 * Example: `wrapText('Sees an ad on social media', 80, { fontSize: 10 })` →
 * `['Sees an ad on', 'social media']`.
 */
export function wrapText(text: string, maxWidth: number, options: WrapOptions): string[] {
  const lines: string[] = [];
  const fits = (line: string) => textWidth(line, options.fontSize, options.bold) <= maxWidth;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    // Only ordinary spaces break: a no-break space ("12 345" in Polish) keeps its words together.
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (!fits(rest)) {
        const head = cut(rest, maxWidth, options);
        lines.push(head);
        rest = rest.slice(head.length);
      }
      line = rest;
    }
    lines.push(line);
  }
  // Blank lines at the ends say nothing in a card.
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  while (lines.length > 1 && lines[0] === '') lines.shift();

  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[kept.length - 1] = cut(kept.at(-1)!, maxWidth, options, '…');
  return kept;
}
