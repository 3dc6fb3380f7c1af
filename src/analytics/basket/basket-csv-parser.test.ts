import { describe, expect, it } from 'vitest';
import { BasketCsvError, BasketCsvParser } from './basket-csv-parser.ts';

/** Parses `text` fed in chunks of `size` characters. */
function parse(text: string, size = text.length || 1): [number, string[]][] {
  const out: [number, string[]][] = [];
  const p = new BasketCsvParser((fields, line) => out.push([line, fields]));
  for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
  p.end();
  return out;
}

function failure(text: string): { line: number; reason: string } {
  try {
    parse(text);
  } catch (err) {
    if (err instanceof BasketCsvError) return { line: err.line, reason: err.reason };
    throw err;
  }
  throw new Error('no error');
}

describe('BasketCsvParser', () => {
  const text = '\ufeffmilk,bread\r\n"nuts, salted",beer\n"say ""cheese""",x\n\n"two\nlines",tea\nlast,"q"';
  const expected: [number, string[]][] = [
    [1, ['milk', 'bread']],
    [2, ['nuts, salted', 'beer']],
    [3, ['say "cheese"', 'x']],
    [4, ['']],
    [5, ['two\nlines', 'tea']],
    [7, ['last', 'q']],
  ];

  it('reads fields, quotes, doubled quotes, line breaks in quotes, CRLF, and gives each record its line', () => {
    expect(parse(text)).toEqual(expected);
  });

  it('gives the same records however the text is cut into chunks', () => {
    for (let size = 1; size <= text.length; size++)
      expect(parse(text, size), `chunks of ${size}`).toEqual(expected);
  });

  it('keeps spaces, and a final line without a line break', () => {
    expect(parse(' a , b ')).toEqual([[1, [' a ', ' b ']]]);
  });

  it('names the line of a quote that is never closed', () => {
    expect(failure('milk\n"bread,eggs\ntea\n')).toEqual({
      line: 2,
      reason: 'the quote that opens field 1 is never closed',
    });
  });

  it('names the line of text after a closing quote, and of a quote inside an unquoted item', () => {
    expect(failure('milk\nbread\n"eggs"x,tea\n')).toEqual({
      line: 3,
      reason: 'unexpected text after the closing quote of field 1',
    });
    expect(failure('milk\nbr"ead\n')).toEqual({
      line: 2,
      reason: 'a quote inside unquoted field 1; quote the whole item and double the quote ("a ""b""")',
    });
  });
});
