import { describe, expect, it } from 'vitest';
import { TimestampSchema, toTimestamp } from './timestamp.ts';

describe('TimestampSchema', () => {
  it.each(['2025-03-01T09:30:00.000Z', '2025-03-01T09:30:00Z', '2025-03-01T09:30:00+02:00'])(
    'accepts %s',
    (t) => {
      expect(TimestampSchema.parse(t)).toBe(t);
    },
  );

  it.each(['2025-03-01', '2025-13-01T00:00:00Z', 'yesterday', '2025-03-01 09:30:00'])('rejects %s', (t) => {
    expect(TimestampSchema.safeParse(t).success).toBe(false);
  });

  it('toTimestamp writes UTC with milliseconds', () => {
    expect(toTimestamp(new Date(Date.UTC(2025, 2, 1, 9, 30)))).toBe('2025-03-01T09:30:00.000Z');
  });
});
