import { describe, expect, it } from 'vitest';
import {
  MessageTypeSchema,
  parseIsoTimestamp,
  type SegmentMessage,
  SegmentMessageSchema,
} from './segment-message.ts';

function parse(raw: unknown): SegmentMessage {
  return SegmentMessageSchema.parse(raw);
}

/** Issues as `path: message` lines, e.g. `previousId: …`. */
function problems(raw: unknown): string[] {
  const result = SegmentMessageSchema.safeParse(raw);
  if (result.success) throw new Error('expected the message to be rejected');
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('SegmentMessageSchema', () => {
  it('knows the six Segment spec types', () => {
    expect(MessageTypeSchema.options).toEqual(['track', 'page', 'screen', 'identify', 'alias', 'group']);
  });

  it('turns ids into text and timestamps into dates', () => {
    const m = parse({
      type: 'track',
      event: 'Order Completed',
      userId: 42,
      anonymousId: 'anon-1',
      messageId: 7,
      timestamp: '2024-05-01T10:00:00+02:00',
      sentAt: new Date('2024-05-01T08:00:05Z'),
    });
    expect(m).toMatchObject({
      userId: '42',
      anonymousId: 'anon-1',
      messageId: '7',
      timestamp: new Date('2024-05-01T08:00:00Z'),
      sentAt: new Date('2024-05-01T08:00:05Z'),
    });
  });

  it.each([
    ['page', { type: 'page', anonymousId: 'a', name: 'Pricing', category: 'Docs' }],
    ['page with null name', { type: 'page', anonymousId: 'a', name: null }],
    ['screen', { type: 'screen', anonymousId: 'a', name: 'Home' }],
    ['identify', { type: 'identify', userId: 'u', traits: { plan: 'pro' } }],
    ['alias', { type: 'alias', userId: 'u', previousId: 'a' }],
    ['group', { type: 'group', userId: 'u', groupId: 'acme', traits: { employees: 50 } }],
    ['null userId with an anonymousId', { type: 'track', event: 'X', userId: null, anonymousId: 'a' }],
  ])('accepts a %s message', (_label, raw) => {
    expect(SegmentMessageSchema.safeParse(raw).success).toBe(true);
  });

  it('keeps an id of 512 characters', () => {
    const id = 'u'.repeat(512);
    expect(parse({ type: 'track', event: 'X', userId: id }).userId).toBe(id);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['alias without previousId', { type: 'alias', userId: 'u' }, ['previousId']],
    ['group without groupId', { type: 'group', userId: 'u' }, ['groupId']],
    ['a page-only field on a track', { type: 'track', event: 'X', userId: 'u', name: 'Home' }, ['']],
    ['previousId on a track', { type: 'track', event: 'X', userId: 'u', previousId: 'a' }, ['']],
  ])('rejects %s', (_label, raw, paths) => {
    const result = SegmentMessageSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(paths);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty userId', { userId: '', anonymousId: 'a' }, 'userId: must not be empty'],
    ['a userId over 512 characters', { userId: 'u'.repeat(513) }, 'userId: must be at most 512 characters'],
    [
      'an event name over 200 characters',
      { userId: 'u', event: 'E'.repeat(201) },
      'event: must be at most 200 characters',
    ],
    ['an unparseable sentAt', { userId: 'u', sentAt: 'later' }, 'sentAt: is not an ISO 8601 date-time'],
  ])('rejects %s', (_label, fields, problem) => {
    expect(problems({ type: 'track', event: 'X', ...fields })).toEqual([problem]);
  });

  it('names the unknown field a strict message refuses', () => {
    const result = SegmentMessageSchema.safeParse({ type: 'identify', userId: 'u', trait: { plan: 'pro' } });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.code === 'unrecognized_keys' ? issue.keys : []).toEqual(['trait']);
  });
});

describe('parseIsoTimestamp', () => {
  // Hand-computed epoch values: 2026-03-01T10:00:00Z = 1772359200000 ms.
  it.each([
    ['2026-03-01T10:00:00Z', 1772359200000],
    ['2026-03-01T10:00:00', 1772359200000], // no zone: UTC, whatever the machine's time zone
    ['2026-03-01 10:00:00', 1772359200000],
    ['2026-03-01T12:00:00+02:00', 1772359200000],
    ['2026-03-01T12:00:00+02', 1772359200000],
    ['2026-03-01T12:00:00+0200', 1772359200000],
    ['2026-03-01', 1772323200000],
    ['2024-02-29', 1709164800000], // a leap day is a real day
  ])('%s → %d', (text, ms) => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(parseIsoTimestamp(text)).toBe(ms);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('reads the UTC form SDKs send with fractions of a second, and agrees with Date.parse on it', () => {
    expect(parseIsoTimestamp('2026-03-01T10:00:00.5Z')).toBe(1772359200500);
    expect(parseIsoTimestamp('2026-03-01T10:00:00.12Z')).toBe(1772359200120);
    expect(parseIsoTimestamp('2026-03-01T10:00:00.123Z')).toBe(1772359200123);
    expect(parseIsoTimestamp('2024-02-29T23:59:59.999Z')).toBe(Date.parse('2024-02-29T23:59:59.999Z'));
    // Every day of a leap and a common year, at odd times: the same instant Date.parse gives.
    for (const year of [2000, 2024, 2026, 2100]) {
      for (let day = 0; day < 366; day++) {
        const at = new Date(
          Date.UTC(year, 0, 1 + day, day % 24, (day * 7) % 60, (day * 13) % 60, day % 1000),
        );
        if (at.getUTCFullYear() !== year) continue;
        const text = at.toISOString();
        expect(parseIsoTimestamp(text), text).toBe(Date.parse(text));
      }
    }
  });

  it.each([
    '1',
    'March 7',
    '2026-13-45T99:00:00Z',
    'yesterday',
    '2026-02-30T10:00:00Z',
    '2026-04-31',
    '2026-02-29',
    '2026-02-29T10:00:00.000Z',
    '2100-02-29T10:00:00Z',
    '2026-06-31T10:00:00Z',
    '2026-00-10T10:00:00Z',
  ])('rejects %s', (text) => {
    expect(parseIsoTimestamp(text)).toBeNaN();
  });
});
