import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool } from './parse-pool.ts';

const RECEIVED = new Date('2026-11-20T12:00:00.000Z');

/** A batch of `n` page views with one event of each kind of mistake among them, over 8 KB. */
function batchBody(n: number): Buffer {
  const batch: unknown[] = Array.from({ length: n }, (_, i) => ({
    type: 'page',
    messageId: `m-${i}`,
    anonymousId: `anon-${i % 7}`,
    timestamp: '2026-11-20T11:59:00Z',
    properties: { url: `https://shop.example.com/p/${i}?utm_source=newsletter&utm_medium=email` },
  }));
  batch[3] = { type: 'track', anonymousId: 'a', event: 'Order Completed', timestamp: 'yesterday' };
  batch[5] = { type: 'track', event: 'Order Completed' };
  return Buffer.from(JSON.stringify({ batch }));
}

let pool: ParsePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('ParsePool', () => {
  it('validates and enriches a large batch on a worker thread, reporting bad events by index', async () => {
    pool = new ParsePool({ workers: 1 });
    await pool.warmUp();
    const body = batchBody(100);
    expect(body.byteLength).toBeGreaterThan(8 * 1024);

    const parsed = await pool.parse('batch', body, RECEIVED);

    expect(pool.stats()).toEqual({ inWorker: 1, inPlace: 0 });
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.events).toHaveLength(98);
    expect(parsed.rejected).toEqual([
      { index: 3, errors: [{ path: 'timestamp', message: 'is not an ISO 8601 date-time' }] },
      { index: 5, errors: [{ path: 'userId', message: 'userId or anonymousId is required' }] },
    ]);
    const first = parsed.events[0]!;
    expect(first.messageId).toBe('m-0');
    expect(first.event).toBe('$page');
    // utm_medium=email in the page URL: the email channel (channel inference).
    expect(first.channel).toBe('email');
    expect(first.timestamp).toEqual(new Date('2026-11-20T11:59:00Z'));
    expect(first.receivedAt).toEqual(RECEIVED);
    expect(first.sentAt).toBeNull();
    expect(JSON.parse(first.properties)).toEqual({
      url: 'https://shop.example.com/p/0?utm_source=newsletter&utm_medium=email',
    });
  });

  it('parses small bodies in place, where a round trip to a worker would cost more', async () => {
    pool = new ParsePool({ workers: 1 });
    await pool.warmUp();
    const parsed = await pool.parse(
      'track',
      Buffer.from('{"userId":"u1","event":"Signed Up","timestamp":"2026-11-20T10:00:00Z"}'),
      RECEIVED,
    );
    expect(parsed.ok && parsed.events.map((e) => [e.userId, e.event])).toEqual([['u1', 'Signed Up']]);
    expect(pool.stats()).toEqual({ inWorker: 0, inPlace: 1 });
  });

  it('parses in place while its caller says a hand-off would not pay', async () => {
    let offload = false;
    pool = new ParsePool({ workers: 1, offload: () => offload });
    await pool.warmUp();
    await pool.parse('batch', batchBody(100), RECEIVED);
    offload = true;
    await pool.parse('batch', batchBody(100), RECEIVED);
    expect(pool.stats()).toEqual({ inWorker: 1, inPlace: 1 });
  });

  it('answers requests in flight when it closes', async () => {
    pool = new ParsePool({ workers: 1 });
    await pool.warmUp();
    const inFlight = [1, 2, 3].map(() => pool!.parse('batch', batchBody(100), RECEIVED));
    await pool.close();
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => (a.ok ? a.events.length : a.problem.message))).toEqual([98, 98, 98]);
  });

  it('answers a request itself when the worker holding it dies', async () => {
    pool = new ParsePool({
      workers: 1,
      workerUrl: new URL('./failing-parse-worker.test-fixture.mjs', import.meta.url),
    });
    await pool.warmUp();
    const parsed = await pool.parse('batch', batchBody(100), RECEIVED);
    expect(parsed.ok && parsed.events).toHaveLength(98);
    expect(pool.stats()).toEqual({ inWorker: 0, inPlace: 1 });
  });

  it('refuses bodies that are not JSON or try to reach an object prototype', async () => {
    pool = new ParsePool({ workers: 1 });
    await pool.warmUp();
    const pad = ' '.repeat(9000);
    const broken = await pool.parse('batch', Buffer.from(`{"batch": [${pad}`), RECEIVED);
    expect(broken.ok ? null : broken.problem).toMatchObject({ status: 400, code: 'invalid_json' });
    const poisoned = await pool.parse(
      'batch',
      Buffer.from(`{"batch": [{"type": "track", "__proto__": {"admin": true}}]}${pad}`),
      RECEIVED,
    );
    expect(poisoned.ok ? null : poisoned.problem.message).toMatch(/forbidden prototype property/);
    expect(pool.stats().inWorker).toBe(2);
  });
});
