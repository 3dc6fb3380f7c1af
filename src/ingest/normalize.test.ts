import { describe, expect, it } from 'vitest';
import { normalizeMessage } from './normalize.ts';
import type { EnrichedEvent, FieldError, IngestContext } from './types.ts';

const RECEIVED = new Date('2024-05-01T09:00:05Z');
const CTX: IngestContext = { receivedAt: RECEIVED };

function accept(raw: unknown, ctx: IngestContext = CTX): EnrichedEvent {
  const result = normalizeMessage(raw, ctx);
  if (!result.ok) throw new Error(`expected the event to be accepted, got ${JSON.stringify(result.errors)}`);
  return result.event;
}

function reject(raw: unknown, ctx: IngestContext = CTX): FieldError[] {
  const result = normalizeMessage(raw, ctx);
  if (result.ok) throw new Error(`expected the event to be rejected, got ${JSON.stringify(result.event)}`);
  return result.errors;
}

describe('normalizeMessage: accepted events', () => {
  it('turns a server-side track into a stored-ready event', () => {
    const event = accept({
      type: 'track',
      event: 'Order Completed',
      userId: 'user-1',
      messageId: 'msg-1',
      timestamp: '2024-05-01T08:59:00Z',
      properties: { revenue: 42, currency: 'EUR' },
    });
    expect(event).toEqual({
      messageId: 'msg-1',
      type: 'track',
      event: 'Order Completed',
      name: null,
      userId: 'user-1',
      anonymousId: null,
      previousId: null,
      groupId: null,
      timestamp: new Date('2024-05-01T08:59:00Z'),
      receivedAt: RECEIVED,
      sentAt: null,
      channel: 'other',
      properties: '{"revenue":42,"currency":"EUR"}',
      context: '{}',
      traits: null,
    } satisfies EnrichedEvent);
  });

  it('trims the track event name', () => {
    expect(accept({ type: 'track', event: '  Signed Up ', userId: 'user-1' }).event).toBe('Signed Up');
  });

  it('names a page view $page, keeps its name, and infers its channel from the context', () => {
    const event = accept({
      type: 'page',
      name: 'Pricing',
      anonymousId: 'anon-1',
      context: { page: { url: 'https://shop.example/pricing', referrer: 'https://www.google.com/' } },
    });
    expect(event).toMatchObject({ type: 'page', event: '$page', name: 'Pricing', anonymousId: 'anon-1' });
    expect(event.channel).toBe('search');
  });

  it('gives a page view without a name a null name', () => {
    expect(accept({ type: 'page', anonymousId: 'anon-1' }).name).toBeNull();
  });

  it.each<[string, Record<string, unknown>, Partial<EnrichedEvent>]>([
    [
      'screen',
      { type: 'screen', name: 'Home', anonymousId: 'anon-1' },
      { event: '$screen', name: 'Home', channel: 'app' },
    ],
    ['identify', { type: 'identify', userId: 'user-1' }, { event: '$identify', name: null }],
    [
      'alias',
      { type: 'alias', userId: 'user-1', previousId: 'anon-1' },
      { event: '$alias', userId: 'user-1', previousId: 'anon-1' },
    ],
    ['group', { type: 'group', userId: 'user-1', groupId: 'acme' }, { event: '$group', groupId: 'acme' }],
  ])('names the %s event and keeps its ids', (_type, raw, expected) => {
    expect(accept(raw)).toMatchObject(expected);
  });

  it('captures identify traits as JSON text', () => {
    const event = accept({
      type: 'identify',
      userId: 'user-1',
      traits: { email: 'ann@example.com', plan: 'pro' },
    });
    expect(typeof event.traits).toBe('string');
    expect(JSON.parse(event.traits!)).toEqual({ email: 'ann@example.com', plan: 'pro' });
  });

  it('captures context.traits of an identify that has no top-level traits', () => {
    const event = accept({ type: 'identify', userId: 'user-1', context: { traits: { plan: 'pro' } } });
    expect(JSON.parse(event.traits!)).toEqual({ plan: 'pro' });
  });

  it('captures context.traits of any event', () => {
    const event = accept({
      type: 'track',
      event: 'Viewed Product',
      anonymousId: 'anon-1',
      context: { traits: { email: 'ann@example.com' } },
    });
    expect(JSON.parse(event.traits!)).toEqual({ email: 'ann@example.com' });
  });

  it('stores no traits when there are none or they are empty', () => {
    expect(accept({ type: 'track', event: 'X', userId: 'user-1' }).traits).toBeNull();
    expect(accept({ type: 'identify', userId: 'user-1', traits: {} }).traits).toBeNull();
  });

  it('keeps properties and context as JSON text', () => {
    const event = accept({
      type: 'track',
      event: 'X',
      userId: 'user-1',
      properties: { sku: 'A-1', tags: ['new'] },
      context: { locale: 'pl-PL' },
    });
    expect(JSON.parse(event.properties)).toEqual({ sku: 'A-1', tags: ['new'] });
    expect(JSON.parse(event.context)).toEqual({ locale: 'pl-PL' });
  });

  it('takes an explicit channel from properties (offline events from staff tools)', () => {
    expect(
      accept({ type: 'track', event: 'Visit', userId: 'user-1', properties: { channel: 'in-store' } })
        .channel,
    ).toBe('store');
  });

  it.each<[string, Record<string, unknown>, Partial<EnrichedEvent>]>([
    ['userId', { userId: 42 }, { userId: '42', anonymousId: null }],
    ['anonymousId', { anonymousId: 7 }, { userId: null, anonymousId: '7' }],
    ['messageId', { userId: 'user-1', messageId: 1001 }, { messageId: '1001' }],
  ])('stores a numeric %s as text', (_field, ids, expected) => {
    expect(accept({ type: 'track', event: 'X', ...ids })).toMatchObject(expected);
  });

  it('accepts a null userId when there is an anonymousId', () => {
    expect(accept({ type: 'track', event: 'X', userId: null, anonymousId: 'anon-1' }).userId).toBeNull();
  });

  it('accepts the extra fields SDKs add (analytics-node, RudderStack)', () => {
    const event = accept({
      type: 'track',
      event: 'Order Completed',
      userId: 'user-1',
      messageId: 'node-next-1714554000000-abc',
      timestamp: '2024-05-01T08:59:00.000Z',
      properties: { revenue: 42 },
      context: { library: { name: '@segment/analytics-node', version: '3.1.0' } },
      integrations: {},
      _metadata: { jsRuntime: 'node' },
      channel: 'server',
      writeKey: 'test-write-key',
      version: 2,
    });
    expect(event.messageId).toBe('node-next-1714554000000-abc');
    expect(event.channel).toBe('other');
  });
});

describe('normalizeMessage: messageId', () => {
  it('keeps the messageId the sender gave (so retries are deduplicated)', () => {
    expect(accept({ type: 'track', event: 'X', userId: 'user-1', messageId: 'msg-1' }).messageId).toBe(
      'msg-1',
    );
  });

  it('generates a distinct messageId for each event that has none', () => {
    const raw = { type: 'track', event: 'X', userId: 'user-1' };
    const ids = [accept(raw).messageId, accept(raw).messageId, accept(raw).messageId];
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('normalizeMessage: event time', () => {
  it('reads ISO 8601 timestamps with an offset as the same instant', () => {
    const event = accept({
      type: 'track',
      event: 'X',
      userId: 'user-1',
      timestamp: '2024-05-01T10:59:00+02:00',
    });
    expect(event.timestamp).toEqual(new Date('2024-05-01T08:59:00Z'));
  });

  it('uses receivedAt when the event carries no time', () => {
    const event = accept({ type: 'track', event: 'X', userId: 'user-1' });
    expect(event.timestamp).toEqual(RECEIVED);
    expect(event.receivedAt).toEqual(RECEIVED);
    expect(event.sentAt).toBeNull();
  });

  it('corrects originalTimestamp with the event’s own sentAt (device clock 1 hour fast)', () => {
    const event = accept({
      type: 'track',
      event: 'X',
      userId: 'user-1',
      originalTimestamp: '2024-05-01T10:00:00Z',
      sentAt: '2024-05-01T10:00:05Z',
    });
    expect(event.timestamp).toEqual(new Date('2024-05-01T09:00:00Z'));
    expect(event.sentAt).toEqual(new Date('2024-05-01T10:00:05Z'));
  });

  it('uses the batch sentAt for skew correction when the event has none', () => {
    const batchSentAt = new Date('2024-05-01T10:00:05Z');
    const event = accept(
      { type: 'track', event: 'X', userId: 'user-1', originalTimestamp: '2024-05-01T10:00:00Z' },
      { receivedAt: RECEIVED, batchSentAt },
    );
    expect(event.timestamp).toEqual(new Date('2024-05-01T09:00:00Z'));
    expect(event.sentAt).toEqual(batchSentAt);
  });

  it('prefers the event’s own sentAt to the batch sentAt', () => {
    const event = accept(
      {
        type: 'track',
        event: 'X',
        userId: 'user-1',
        originalTimestamp: '2024-05-01T10:00:00Z',
        sentAt: '2024-05-01T10:00:10Z',
      },
      { receivedAt: new Date('2024-05-01T09:00:10Z'), batchSentAt: new Date('2024-05-01T10:00:05Z') },
    );
    // 10 s between event and send on the device's clock, not 5 s.
    expect(event.timestamp).toEqual(new Date('2024-05-01T09:00:00Z'));
  });
});

describe('normalizeMessage: rejected events', () => {
  it.each<[string, unknown, FieldError[]]>([
    [
      'no userId and no anonymousId',
      { type: 'track', event: 'Signed Up' },
      [{ path: 'userId', message: 'userId or anonymousId is required' }],
    ],
    [
      'both ids null',
      { type: 'track', event: 'Signed Up', userId: null, anonymousId: null },
      [{ path: 'userId', message: 'userId or anonymousId is required' }],
    ],
    [
      'a track without event',
      { type: 'track', userId: 'user-1' },
      [{ path: 'event', message: 'is required' }],
    ],
    [
      'a track with a blank event',
      { type: 'track', event: '   ', userId: 'user-1' },
      [{ path: 'event', message: 'must not be empty' }],
    ],
    [
      'a timestamp that is not a date',
      { type: 'track', event: 'X', userId: 'user-1', timestamp: 'yesterday' },
      [{ path: 'timestamp', message: 'is not an ISO 8601 date-time' }],
    ],
    [
      'a misspelt top-level field',
      { type: 'track', event: 'X', userId: 'user-1', propertes: { sku: 'A-1' } },
      [{ path: 'propertes', message: 'is not a field of a Segment event' }],
    ],
    [
      'properties as an array',
      { type: 'track', event: 'X', userId: 'user-1', properties: ['A-1'] },
      [{ path: 'properties', message: 'must be an object, not an array' }],
    ],
    ['no type', { event: 'X', userId: 'user-1' }, [{ path: 'type', message: 'is required' }]],
    [
      'an alias without the new userId',
      { type: 'alias', previousId: 'anon-1', anonymousId: 'anon-1' },
      [{ path: 'userId', message: 'alias needs the new userId' }],
    ],
  ])('rejects %s', (_label, raw, errors) => {
    expect(reject(raw)).toEqual(errors);
  });

  it.each([[null], ['track'], [42], [[{ type: 'track' }]], [true]])('rejects %j: not an object', (raw) => {
    expect(reject(raw)).toEqual([{ path: '(event)', message: 'must be a JSON object' }]);
  });

  it('rejects an unknown type, pointing at the type', () => {
    const errors = reject({ type: 'purchase', userId: 'user-1' });
    expect(errors.map((e) => e.path)).toEqual(['type']);
  });

  it('rejects a numeric timestamp (Segment timestamps are ISO 8601 strings)', () => {
    const errors = reject({ type: 'track', event: 'X', userId: 'user-1', timestamp: 1714554000000 });
    expect(errors.map((e) => e.path)).toEqual(['timestamp']);
  });

  // Date.parse accepts far more than ISO 8601: '1' is 2001-01-01, 'foo 2024' is 2024-01-01. The
  // error message and Segment's spec ("all timestamps are ISO-8601 date strings") promise ISO only.
  it.each([['1'], ['March 7'], ['foo 2024']])(
    'rejects the non-ISO timestamp %j instead of guessing a date',
    (ts) => {
      expect(reject({ type: 'track', event: 'X', userId: 'user-1', timestamp: ts })).toEqual([
        { path: 'timestamp', message: 'is not an ISO 8601 date-time' },
      ]);
    },
  );
});

describe('normalizeMessage: size limit', () => {
  it('rejects an event over 500 KB, saying how big it is', () => {
    // {"blob":"…"} is 9 + 614 400 + 2 characters, plus "{}" for the context: 614 413 bytes → 601 KB.
    const errors = reject({
      type: 'track',
      event: 'X',
      userId: 'user-1',
      properties: { blob: 'x'.repeat(600 * 1024) },
    });
    expect(errors).toEqual([{ path: '(event)', message: 'is 601 KB; the limit is 500 KB' }]);
  });

  it('counts the context as part of the event', () => {
    // {"a":"…"} and {"b":"…"} are 6 + 307 200 + 2 characters each: 614 416 bytes → 601 KB.
    const half = 'x'.repeat(300 * 1024);
    const errors = reject({
      type: 'track',
      event: 'X',
      userId: 'user-1',
      properties: { a: half },
      context: { b: half },
    });
    expect(errors).toEqual([{ path: '(event)', message: 'is 601 KB; the limit is 500 KB' }]);
  });

  it('accepts a large event under the limit', () => {
    const event = accept({
      type: 'track',
      event: 'X',
      userId: 'user-1',
      properties: { blob: 'x'.repeat(490 * 1024) },
    });
    expect(event.properties).toHaveLength(490 * 1024 + 11);
  });

  // MAX_EVENT_BYTES is in bytes, but the check counts UTF-16 code units: '€' is one unit and
  // three UTF-8 bytes, so 200 K of them (600 KB stored) pass as 200 KB.
  it('measures the size in bytes, not characters', () => {
    // {"text":"…"} is 9 + 3 × 204 800 + 2 bytes, plus "{}": 614 413 bytes → 601 KB.
    const errors = reject({
      type: 'track',
      event: 'X',
      userId: 'user-1',
      properties: { text: '€'.repeat(200 * 1024) },
    });
    expect(errors).toEqual([{ path: '(event)', message: 'is 601 KB; the limit is 500 KB' }]);
  });
});
