import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCachedKeys, issueKey } from '../src/server/auth.ts';
import { testApp, WRITE_KEY } from './helpers/test-app.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let t: App;

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.dispose();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { authorization: t.basic, ...headers },
    payload: payload as string,
  });
const get = (url: string, authorization = t.bearer) =>
  t.app.inject({ method: 'GET', url, headers: { authorization } });

describe('Segment-compatible ingestion', () => {
  it('stores track, page and identify events and stitches the anonymous visitor to the user', async () => {
    expect(
      (await post('/v1/page', { anonymousId: 'anon-a', name: 'Home', properties: { path: '/' } })).statusCode,
    ).toBe(200);
    expect((await post('/v1/track', { anonymousId: 'anon-a', event: 'Product Viewed' })).statusCode).toBe(
      200,
    );
    expect(
      (await post('/v1/identify', { anonymousId: 'anon-a', userId: 'user-a', traits: { plan: 'pro' } }))
        .statusCode,
    ).toBe(200);
    expect((await post('/v1/track', { userId: 'user-a', event: 'Order Completed' })).statusCode).toBe(200);

    const person = (await get('/api/v1/persons/anon-a')).json();
    expect(person.ids).toEqual(['anon-a', 'user-a']);
    expect(person.traits).toEqual({ plan: 'pro' });
    expect(person.eventCount).toBe(4);
    const byUser = (await get('/api/v1/persons/user-a')).json();
    expect(byUser.id).toBe(person.id);

    const events = (await get('/api/v1/events?person=user-a&limit=10')).json().events;
    expect(events.map((e: { event: string }) => e.event)).toEqual([
      'Order Completed',
      '$identify',
      'Product Viewed',
      '$page',
    ]);
  });

  it('keeps two customers apart when they log in from the same browser', async () => {
    await post('/v1/identify', { anonymousId: 'family-pc', userId: 'mum@example.com' });
    await post('/v1/track', {
      anonymousId: 'family-pc',
      userId: 'mum@example.com',
      event: 'Order Completed',
    });
    await post('/v1/identify', { anonymousId: 'family-pc', userId: 'son@example.com' });
    await post('/v1/track', { anonymousId: 'family-pc', userId: 'son@example.com', event: 'Product Viewed' });
    const mum = (await get('/api/v1/persons/mum@example.com')).json();
    const son = (await get('/api/v1/persons/son@example.com')).json();
    expect(son.id).not.toBe(mum.id);
    expect(mum.ids).toEqual(['family-pc', 'mum@example.com']);
    expect(son.ids).toEqual(['son@example.com']);
    expect([mum.eventCount, son.eventCount]).toEqual([2, 2]);
  });

  it('folds a chain of merges in one batch into one person, and earlier merges follow it', async () => {
    // An earlier request merges a device into dave.
    await post('/v1/batch', {
      batch: [
        { type: 'track', event: 'Viewed', anonymousId: 'chain-device', timestamp: '2026-01-01T10:00:00Z' },
        { type: 'track', event: 'Viewed', userId: 'chain-dave', timestamp: '2026-01-01T10:01:00Z' },
        {
          type: 'alias',
          previousId: 'chain-device',
          userId: 'chain-dave',
          timestamp: '2026-01-01T10:02:00Z',
        },
      ],
    });
    // One batch: three known customers, then dave is aliased to erin and erin to bob.
    const res = await post('/v1/batch', {
      batch: [
        { type: 'identify', userId: 'chain-dave', traits: { plan: 'free', nickname: 'd' } },
        { type: 'identify', userId: 'chain-erin', traits: { plan: 'team', seats: 3 } },
        { type: 'identify', userId: 'chain-bob', traits: { plan: 'pro' } },
        { type: 'alias', previousId: 'chain-dave', userId: 'chain-erin' },
        { type: 'alias', previousId: 'chain-erin', userId: 'chain-bob' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const bob = (await get('/api/v1/persons/chain-bob')).json();
    expect([...bob.ids].sort()).toEqual(['chain-bob', 'chain-dave', 'chain-device', 'chain-erin']);
    // Traits in arrival order, later values winning: bob's plan, erin's seats, dave's nickname.
    expect(bob.traits).toEqual({ plan: 'pro', seats: 3, nickname: 'd' });
    // 3 events of the first request and 5 of the second, the device's included.
    expect(bob.eventCount).toBe(8);
    for (const id of ['chain-dave', 'chain-erin', 'chain-device'])
      expect((await get(`/api/v1/persons/${id}`)).json().id).toBe(bob.id);
  });

  it('deduplicates by messageId, also across requests', async () => {
    const e = { type: 'track', event: 'Coupon Applied', userId: 'dedup-user', messageId: 'dup-1' };
    expect((await post('/v1/batch', { batch: [e, e] })).json()).toMatchObject({ success: true, accepted: 2 });
    expect((await post('/v1/track', e)).statusCode).toBe(200);
    expect((await get('/api/v1/persons/dedup-user')).json().eventCount).toBe(1);
  });

  it('orders a person’s events by event time, correcting device clock skew', async () => {
    // Device clock one hour fast: it says 12:00 and sent at 12:00:10, while we received it at
    // receive time; the event happened 10 s before receipt, whatever the device says.
    const before = Date.now();
    await post('/v1/track', {
      userId: 'skew-user',
      event: 'Skewed',
      originalTimestamp: '2030-01-01T12:00:00.000Z',
      sentAt: '2030-01-01T12:00:10.000Z',
    });
    const [event] = (await get('/api/v1/events?person=skew-user')).json().events;
    const at = Date.parse(event.timestamp);
    expect(at).toBeGreaterThanOrEqual(before - 10_000 - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() - 10_000 + 1000);
  });

  it('accepts gzip-compressed batches', async () => {
    const body = gzipSync(
      JSON.stringify({ batch: [{ type: 'track', event: 'Zipped', userId: 'gzip-user' }] }),
    );
    const res = await post('/v1/batch', body, {
      'content-encoding': 'gzip',
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(200);
    expect((await get('/api/v1/persons/gzip-user')).json().eventCount).toBe(1);
  });

  it('infers the channel from utm and referrer, and keeps an explicit offline channel', async () => {
    await post('/v1/batch', {
      batch: [
        {
          type: 'page',
          userId: 'ch-user',
          timestamp: '2026-01-01T00:00:01Z',
          context: { campaign: { medium: 'email' } },
        },
        {
          type: 'page',
          userId: 'ch-user',
          timestamp: '2026-01-01T00:00:02Z',
          context: { page: { referrer: 'https://www.google.com/' } },
        },
        {
          type: 'track',
          event: 'Order Completed',
          userId: 'ch-user',
          timestamp: '2026-01-01T00:00:03Z',
          context: { channel: 'store' },
        },
      ],
    });
    const events = (await get('/api/v1/events?person=ch-user')).json().events;
    expect(events.map((e: { channel: string }) => e.channel)).toEqual(['store', 'search', 'email']);
  });
});

describe('bad input gets a clear error and loses nothing', () => {
  it('keeps every acknowledged event through a series of bad requests', async () => {
    await post('/v1/track', { userId: 'survivor', event: 'Before', messageId: 'keep-1' });
    const bad: [string, unknown, Record<string, string>, number, RegExp][] = [
      ['/v1/track', '{"event": "x", ', { 'content-type': 'application/json' }, 400, /not valid JSON/],
      ['/v1/track', { event: 42, userId: 'u' }, {}, 400, /event must be a string/],
      ['/v1/track', { event: 'No ids' }, {}, 400, /userId or anonymousId is required/],
      ['/v1/track', { event: 'x', userId: 'u', colour: 'red' }, {}, 400, /colour is not a field/],
      [
        '/v1/track',
        { event: 'x', userId: 'u', timestamp: 'yesterday' },
        {},
        400,
        /timestamp is not an ISO 8601/,
      ],
      ['/v1/batch', { batch: 'nope' }, {}, 400, /"batch" array/],
      ['/v1/batch', { batch: [] }, {}, 400, /empty/],
      ['/v1/batch', { batch: [{ type: 'track' }] }, {}, 400, /batch\[0\]/],
      ['/v1/track', { type: 'page', userId: 'u' }, {}, 400, /this is \/v1\/track/],
    ];
    for (const [url, payload, headers, status, message] of bad) {
      const res = await post(url, payload, headers);
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(status);
      expect(res.json().error.message).toMatch(message);
    }
    expect((await get('/api/v1/persons/survivor')).json().eventCount).toBe(1);
  });

  it('reports invalid events of a batch by index and stores the valid ones', async () => {
    const res = await post('/v1/batch', {
      batch: [
        { type: 'track', event: 'Good', userId: 'mixed-user' },
        { type: 'track', event: 'Bad', userId: 'mixed-user', timestamp: 'not a date' },
        { type: 'identify' },
        { type: 'track', event: 'Good too', userId: 'mixed-user' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2]);
    expect(body.rejected[0].errors).toEqual([{ path: 'timestamp', message: 'is not an ISO 8601 date-time' }]);
    expect((await get('/api/v1/persons/mixed-user')).json().eventCount).toBe(2);
  });

  it('refuses an oversized batch with 413 and an oversized single event with 413', async () => {
    const big = 'x'.repeat(6 * 1024 * 1024);
    const batch = await post('/v1/batch', {
      batch: [{ type: 'track', event: 'Big', userId: 'big', properties: { big } }],
    });
    expect(batch.statusCode).toBe(413);
    expect(batch.json().error.message).toMatch(/larger than 5 MB/);
    const single = await post('/v1/track', {
      event: 'Big',
      userId: 'big',
      properties: { big: big.slice(0, 600 * 1024) },
    });
    expect(single.statusCode).toBe(413);
    expect(single.json().error.message).toMatch(/500 KB/);
    expect((await get('/api/v1/persons/big')).statusCode).toBe(404);
  });

  it('rejects events of a batch larger than 500 KB each, keeping the rest', async () => {
    const res = await post('/v1/batch', {
      batch: [
        { type: 'track', event: 'Huge', userId: 'huge-user', properties: { blob: 'y'.repeat(600 * 1024) } },
        { type: 'track', event: 'Small', userId: 'huge-user' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rejected[0].errors[0].message).toMatch(/limit is 500 KB/);
    expect((await get('/api/v1/persons/huge-user')).json().eventCount).toBe(1);
  });

  it('takes the write key from the body and text/plain beacons, as analytics.js sends them', async () => {
    const beacon = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify({
        writeKey: WRITE_KEY,
        batch: [{ type: 'track', event: 'Beacon Sent', anonymousId: 'beacon-visitor' }],
      }),
    });
    expect(beacon.statusCode, beacon.body).toBe(200);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/v1/track',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ writeKey: 'not-a-key', event: 'x', anonymousId: 'beacon-visitor' }),
    });
    expect(wrong.statusCode).toBe(401);
    expect((await get('/api/v1/persons/beacon-visitor')).json().eventCount).toBe(1);
  });

  it('stores every event of many concurrent batches', async () => {
    const batches = Array.from({ length: 24 }, (_, b) =>
      post('/v1/batch', {
        batch: Array.from({ length: 100 }, (_, i) =>
          i === 7
            ? { type: 'track', event: 'Broken', userId: 'crowd-user', timestamp: 'soon' }
            : {
                type: 'track',
                event: 'Product Viewed',
                userId: 'crowd-user',
                messageId: `crowd-${b}-${i}`,
                properties: { sku: `sku-${i}`, note: 'x'.repeat(100) },
              },
        ),
      }),
    );
    const answers = await Promise.all(batches);
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ accepted: 99, rejected: [{ index: 7 }] });
    }
    expect((await get('/api/v1/persons/crowd-user')).json().eventCount).toBe(24 * 99);
  });

  it('refuses a body that tries to set an object prototype, small or large', async () => {
    for (const padding of [0, 20_000]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/batch',
        headers: { authorization: t.basic, 'content-type': 'application/json' },
        payload: `{"batch": [{"type": "track", "event": "x", "userId": "proto", "__proto__": {"isAdmin": true}}]}${' '.repeat(padding)}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid_json' });
      expect(res.json().error.message).toMatch(/forbidden prototype property/);
    }
    expect((await get('/api/v1/persons/proto')).statusCode).toBe(404);
  });

  it('refuses missing and wrong keys, and write keys used to read', async () => {
    const noKey = await t.app.inject({
      method: 'POST',
      url: '/v1/track',
      payload: { event: 'x', userId: 'u' },
    });
    expect(noKey.statusCode).toBe(401);
    expect(noKey.json().error.message).toMatch(/write key/);
    const wrong = await post(
      '/v1/track',
      { event: 'x', userId: 'u' },
      { authorization: `Basic ${Buffer.from('nope:').toString('base64')}` },
    );
    expect(wrong.statusCode).toBe(401);
    const adminAsWriteKey = await post('/v1/track', { event: 'x', userId: 'u' }, { authorization: t.bearer });
    expect(adminAsWriteKey.statusCode).toBe(403);

    const writeKeyReads = await get('/api/v1/persons/user-a', `Bearer ${WRITE_KEY}`);
    expect(writeKeyReads.statusCode).toBe(403);
    expect(writeKeyReads.json().error.message).toMatch(/Write keys can only send events/);
    expect((await get('/api/v1/persons/user-a', t.basic)).statusCode).toBe(401);
    expect((await get('/api/v1/persons/user-a', '')).statusCode).toBe(401);
  });

  it('validates read queries', async () => {
    expect((await get('/api/v1/events?limit=5')).json().error.message).toMatch(/person/);
    expect((await get('/api/v1/events?person=x&limit=-1')).statusCode).toBe(400);
    expect((await get('/api/v1/persons/nobody')).statusCode).toBe(404);
  });
});

describe('workspaces', () => {
  it('never shows one workspace another workspace’s data', async () => {
    const other = await t.store.workspaces.create({ id: 'other', name: 'Other', slug: 'other' });
    const otherWrite = (await issueKey(t.store, other.id, 'write', 'w')).secret;
    const otherRead = (await issueKey(t.store, other.id, 'read', 'r')).secret;
    await post('/v1/track', { event: 'Mine', userId: 'shared-id' });
    await post(
      '/v1/track',
      { event: 'Theirs', userId: 'shared-id' },
      { authorization: `Basic ${Buffer.from(`${otherWrite}:`).toString('base64')}` },
    );
    await post(
      '/v1/track',
      { event: 'Theirs again', userId: 'shared-id' },
      { authorization: `Basic ${Buffer.from(`${otherWrite}:`).toString('base64')}` },
    );

    const mine = (await get('/api/v1/events?person=shared-id')).json().events;
    const theirs = (await get('/api/v1/events?person=shared-id', `Bearer ${otherRead}`)).json().events;
    expect(mine.map((e: { event: string }) => e.event)).toEqual(['Mine']);
    expect(theirs.map((e: { event: string }) => e.event).sort()).toEqual(['Theirs', 'Theirs again']);
    expect((await get('/api/v1/persons/user-a', `Bearer ${otherRead}`)).statusCode).toBe(404);
  });
});

describe('key revocation', () => {
  it('refuses a revoked write key', async () => {
    const ws = await t.store.workspaces.create({ id: 'rev', name: 'Revocation', slug: 'rev' });
    const { key, secret } = await issueKey(t.store, ws.id, 'write', 'short-lived');
    const basic = `Basic ${Buffer.from(`${secret}:`).toString('base64')}`;
    expect((await post('/v1/track', { event: 'x', userId: 'u' }, { authorization: basic })).statusCode).toBe(
      200,
    );
    expect(await t.store.keys.revoke(ws.id, key.id)).toBe(true);
    forgetCachedKeys(t.store); // what the key-management API does after a revocation
    const res = await post('/v1/track', { event: 'x', userId: 'u' }, { authorization: basic });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/revoked/);
  });
});
