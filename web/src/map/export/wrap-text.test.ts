import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './wrap-text.ts';

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than asked', () => {
    const lines = wrapText('Sees an ad on social media and clicks through', 80, { fontSize: 10 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Sees an ad on social media and clicks through');
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(80);
  });

  it('keeps short text on one line and keeps line breaks the author made', () => {
    expect(wrapText('Buy', 100, { fontSize: 10 })).toEqual(['Buy']);
    expect(wrapText('One\nTwo', 100, { fontSize: 10 })).toEqual(['One', 'Two']);
  });

  it('cuts a word too long for any line', () => {
    const word = 'Konstantynopolitańczykowianeczka';
    const lines = wrapText(word, 60, { fontSize: 10 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
  });

  it('ends with "…" when the text needs more lines than allowed', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 40, {
      fontSize: 10,
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('counts bold and capitals as wider', () => {
    expect(textWidth('abc', 10, true)).toBeGreaterThan(textWidth('abc', 10));
    expect(textWidth('ABC', 10)).toBeGreaterThan(textWidth('abc', 10));
  });
});

describe('wrapText and no-break spaces', () => {
  it('never breaks at a no-break space, such as the one Polish puts in 12 345', () => {
    const lines = wrapText('Zasięg: 12\u00a0345', 200, { fontSize: 10 });
    expect(lines).toEqual(['Zasięg: 12\u00a0345']);
  });
});
