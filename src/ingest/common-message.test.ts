import { describe, expect, it } from 'vitest';
import { syntheticEvent } from '../../bench/synthetic-events.ts';
import { randomMessage, rng } from '../../test/helpers/random-messages.ts';
import { readCommonMessage } from './common-message.ts';
import { SegmentMessageSchema } from './segment-message.ts';

/** The reader must never disagree with zod: what it accepts, zod accepts and reads the same. */
function expectSameAsZod(message: Record<string, unknown>): 'read' | 'left to zod' {
  const read = readCommonMessage(message);
  if (read === undefined) return 'left to zod';
  const judged = SegmentMessageSchema.safeParse(message);
  expect(judged.success, JSON.stringify(message)).toBe(true);
  expect(read, JSON.stringify(message)).toStrictEqual(judged.data);
  return 'read';
}

describe('readCommonMessage', () => {
  it('reads only messages zod accepts, exactly as zod reads them (20,000 random messages)', () => {
    let read = 0;
    let validToZod = 0;
    for (const seed of [1, 2, 3, 4]) {
      const r = rng(seed);
      const seen: string[] = [];
      for (let i = 0; i < 5000; i++) {
        const message = randomMessage(r, i, seen);
        if (expectSameAsZod(message) === 'read') read++;
        if (SegmentMessageSchema.safeParse(message).success) validToZod++;
      }
    }
    // Not vacuous: most messages zod accepts are in the common forms this reader takes.
    expect(read).toBeGreaterThan(validToZod * 0.6);
  });

  it('reads the messages SDKs send every day, as in the ingestion benchmark', () => {
    for (let i = 0; i < 200; i++) {
      const message = JSON.parse(JSON.stringify(syntheticEvent(i, 'run'))) as Record<string, unknown>;
      expect(expectSameAsZod(message), JSON.stringify(message)).toBe('read');
    }
  });

  it('leaves valid messages in unusual forms to zod', () => {
    const base = { type: 'track', event: 'Order Completed', userId: 'u1' };
    const unusual: Record<string, unknown>[] = [
      { ...base, userId: 42 },
      { ...base, event: ' Order Completed ' },
      { ...base, timestamp: new Date('2026-08-01T10:00:00Z') },
      { ...base, properties: JSON.parse('{"__proto__": {"polluted": true}, "price": 1}') },
      { ...base, context: undefined },
      { ...base, traits: Object.create(null) },
      { type: 'page', name: 'Home', anonymousId: 7 },
    ];
    for (const message of unusual) {
      expect(SegmentMessageSchema.safeParse(message).success, JSON.stringify(message)).toBe(true);
      expect(readCommonMessage(message), JSON.stringify(message)).toBeUndefined();
    }
  });

  it('leaves every invalid message to zod, which words the error', () => {
    const invalid: Record<string, unknown>[] = [
      { type: 'track', userId: 'u1' },
      { type: 'track', event: 'x' },
      { type: 'track', event: '', userId: 'u1' },
      { type: 'track', event: 'x'.repeat(201), userId: 'u1' },
      { type: 'track', event: 'x', userId: '' },
      { type: 'track', event: 'x', userId: 'u'.repeat(513) },
      { type: 'track', event: 'x', userId: 'u1', messageId: null },
      { type: 'track', event: 'x', userId: 'u1', timestamp: 'yesterday' },
      { type: 'track', event: 'x', userId: 'u1', timestamp: '2026-02-30T10:00:00Z' },
      { type: 'track', event: 'x', userId: 'u1', properties: [1, 2] },
      { type: 'track', event: 'x', userId: 'u1', context: null },
      { type: 'track', event: 'x', userId: 'u1', name: 'Home' },
      { type: 'track', event: 'x', userId: 'u1', colour: 'red' },
      { type: 'page', anonymousId: 'a1', event: 'x' },
      { type: 'alias', previousId: 'a1', anonymousId: 'a2' },
      { type: 'alias', userId: 'u1' },
      { type: 'group', userId: 'u1' },
      { type: 'trak', event: 'x', userId: 'u1' },
      { event: 'x', userId: 'u1' },
    ];
    for (const message of invalid) {
      expect(SegmentMessageSchema.safeParse(message).success, JSON.stringify(message)).toBe(false);
      expect(readCommonMessage(message), JSON.stringify(message)).toBeUndefined();
    }
  });

  it('reads what zod reads for members it passes through and null where null is allowed', () => {
    const messages: Record<string, unknown>[] = [
      { type: 'page', anonymousId: 'a1', name: null, category: null, userId: null },
      { type: 'identify', userId: 'u1', traits: { plan: 'pro' }, _metadata: null, options: [1] },
      { type: 'alias', previousId: 'a1', userId: 'u1', sentAt: '2026-08-01T12:30:00.5+02:00' },
      { type: 'screen', anonymousId: 'a1', originalTimestamp: '2026-08-01T10:00:00' },
    ];
    for (const message of messages) expect(expectSameAsZod(message)).toBe('read');
  });
});
