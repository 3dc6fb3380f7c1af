import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';

describe('detectFormat', () => {
  it.each([
    ['events.csv', 'csv'],
    ['EVENTS.CSV', 'csv'],
    ['a/b/events.ndjson', 'ndjson'],
    ['events.jsonl', 'ndjson'],
    ['events.json', 'ndjson'],
    ['events.parquet', 'parquet'],
  ])('%s → %s', (path, format) => {
    expect(detectFormat(path)).toBe(format);
  });

  it('prefers --format over the extension', () => {
    expect(detectFormat('dump.txt', 'csv')).toBe('csv');
    expect(detectFormat('events.csv', 'NDJSON')).toBe('ndjson');
  });

  it('says what to do when it cannot tell', () => {
    expect(() => detectFormat('dump.txt')).toThrow(
      'cannot tell the format of "dump.txt" from its extension (.txt); name it .csv, .ndjson, .jsonl, .json or .parquet, or pass --format (csv, ndjson, parquet)',
    );
    expect(() => detectFormat('noext')).toThrow(/cannot tell the format of "noext" from its extension;/);
    expect(() => detectFormat('a.csv', 'xml')).toThrow(
      'unknown import format "xml"; use one of csv, ndjson, parquet',
    );
  });
});
