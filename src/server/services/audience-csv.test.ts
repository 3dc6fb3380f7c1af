import { describe, expect, it } from 'vitest';
import { AUDIENCE_CSV_HEADER, audienceCsvLines, csvCell } from './audience-csv.ts';

describe('audience CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe("'-1");
  });

  it('writes id, linked ids, key traits and the rest as JSON', () => {
    expect(AUDIENCE_CSV_HEADER).toEqual(['person_id', 'ids', 'email', 'name', 'phone', 'traits']);
    const line = audienceCsvLines([
      {
        id: 'p1',
        ids: ['anon-1', 'jan@example.com'],
        traits: { email: 'jan@example.com', name: 'Jan', plan: 'pro' },
      },
    ]);
    expect(line).toBe('p1,anon-1 jan@example.com,jan@example.com,Jan,,"{""plan"":""pro""}"\r\n');
  });
});
