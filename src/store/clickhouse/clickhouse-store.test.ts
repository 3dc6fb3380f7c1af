import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempClickHouseStore } from '../../../test/helpers/temp-clickhouse-store.ts';
import { tempStore } from '../../../test/helpers/temp-store.ts';
import { Ingestor } from '../../ingest/ingestor.ts';
import { mergePatch } from '../json-merge-patch.ts';
import type { Store } from '../store.ts';
import { runAnalytics } from './clickhouse-analytics.ts';
import { ClickHouseEventRepo } from './event-repo.ts';
import { migrate } from './migrations.ts';
import { VersionClock } from './version-clock.ts';

// The ClickHouse store must keep events and identities exactly as the DuckDB store does: the
// same messages go through the real Ingestor into both, and everything the Store interface
// shows must agree (person ids are random, so persons are compared by their distinct ids).
let ch: Awaited<ReturnType<typeof tempClickHouseStore>>;
let duck: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  ch = await tempClickHouseStore();
  duck = await tempStore();
});
afterAll(async () => {
  await ch?.dispose();
  await duck?.dispose();
});

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString();
const track = (id: Record<string, string>, minute: number, messageId: string, event = 'Viewed') => ({
  type: 'track',
  event,
  ...id,
  messageId,
  timestamp: at(minute),
});

/** Requests in order; each request is one group commit (one IngestWrite). */
const requests: Record<string, unknown>[][] = [
  // Anonymous browsing, then a login that links anon-1 to alice with traits.
  [track({ anonymousId: 'anon-1' }, 0, 'm1'), track({ anonymousId: 'anon-1' }, 1, 'm2')],
  [
    {
      type: 'identify',
      anonymousId: 'anon-1',
      userId: 'alice',
      traits: { plan: 'free', address: { city: 'Kraków', zip: '30-001' } },
      messageId: 'm3',
      timestamp: at(2),
    },
  ],
  // A retried request: m2 again, plus a repeat inside one request.
  [
    track({ anonymousId: 'anon-1' }, 1, 'm2'),
    track({ userId: 'alice' }, 3, 'm4'),
    track({ userId: 'alice' }, 3, 'm4'),
  ],
  // A later identify: nested merge, a key removed by null.
  [
    {
      type: 'identify',
      userId: 'alice',
      traits: { plan: 'pro', address: { zip: null, street: 'Długa' } },
      messageId: 'm5',
      timestamp: at(4),
    },
  ],
  // bob and carol are two known persons with traits; then alias folds carol into bob.
  [
    {
      type: 'identify',
      userId: 'bob',
      traits: { plan: 'team', seats: 3 },
      messageId: 'm6',
      timestamp: at(5),
    },
    {
      type: 'identify',
      userId: 'carol',
      traits: { plan: 'free', vip: true },
      messageId: 'm7',
      timestamp: at(5),
    },
    track({ userId: 'carol' }, 6, 'm8'),
  ],
  [
    { type: 'alias', previousId: 'carol', userId: 'bob', messageId: 'm9', timestamp: at(7) },
    track({ userId: 'bob' }, 8, 'm10'),
  ],
  // A chain: dave merged into erin, later erin (with dave) merged into bob.
  [
    track({ userId: 'dave' }, 9, 'm11'),
    track({ userId: 'erin' }, 9, 'm12'),
    { type: 'alias', previousId: 'dave', userId: 'erin', messageId: 'm13', timestamp: at(10) },
  ],
  [{ type: 'alias', previousId: 'erin', userId: 'bob', messageId: 'm14', timestamp: at(11) }],
  // Traits sent to a merged-away id land on the survivor.
  [{ type: 'identify', userId: 'dave', traits: { nickname: 'd' }, messageId: 'm15', timestamp: at(12) }],
  // Another workspace with the same message ids: not duplicates.
  [track({ userId: 'alice' }, 0, 'm1')],
];
const workspaceOf = (i: number) => (i === requests.length - 1 ? 'other' : 'default');
const distinctIds = ['anon-1', 'alice', 'bob', 'carol', 'dave', 'erin'];

async function play(store: Store): Promise<number[]> {
  const ingestor = await Ingestor.start(store);
  const accepted: number[] = [];
  for (const [i, messages] of requests.entries()) {
    const result = await ingestor.ingest(workspaceOf(i), messages, { receivedAt: new Date(at(30)) });
    expect(result.rejected).toEqual([]);
    accepted.push(result.accepted);
  }
  return accepted;
}

/** Everything the Store shows about the identities, with persons named by their distinct ids. */
async function view(store: Store) {
  const persons = [];
  for (const id of distinctIds) {
    const p = await store.persons.byDistinctId('default', id);
    if (!p) throw new Error(`no person for ${id}`);
    const events = await store.events.forPerson('default', p.id, 100);
    persons.push({
      id,
      ids: p.ids,
      traits: p.traits,
      eventCount: p.eventCount,
      // Newest first; events at the same instant in no particular order on either engine.
      events: events
        .map((e) => [e.timestamp, e.messageId, e.event, e.properties, e.traits] as const)
        .sort((a, b) => b[0].localeCompare(a[0]) || a[1].localeCompare(b[1])),
    });
  }
  const snapshot = await store.events.loadIdentities();
  const nameOf = new Map(snapshot.links.map((l) => [`${l.workspaceId}/${l.personId}`, l.distinctId]));
  return {
    persons,
    count: await store.events.count('default'),
    otherCount: await store.events.count('other'),
    personCount: await store.persons.count('default'),
    links: snapshot.links.map((l) => [l.workspaceId, l.distinctId, l.isUser]).sort(),
    // An override's survivor, named by one of its ids (the survivor always keeps one).
    overrides: snapshot.overrides
      .map((o) => [o.workspaceId, nameOf.has(`${o.workspaceId}/${o.personId}`)])
      .sort(),
    overrideCount: snapshot.overrides.length,
  };
}

describe('ClickHouse store: events and identities as the DuckDB store keeps them', () => {
  let chView: Awaited<ReturnType<typeof view>>;
  let duckView: Awaited<ReturnType<typeof view>>;
  beforeAll(async () => {
    expect(await play(ch.store)).toEqual(await play(duck.store));
    chView = await view(ch.store);
    duckView = await view(duck.store);
  });

  it('stores each messageId once per workspace (retries and repeats within a request)', () => {
    // m1…m15 in "default", m1 again in "other".
    expect(chView.count).toBe(15);
    expect(chView.otherCount).toBe(1);
    expect(duckView.count).toBe(15);
  });

  it('stitches, merges and merges traits exactly as DuckDB does', () => {
    expect(chView.persons).toEqual(duckView.persons);
    expect(chView.personCount).toBe(duckView.personCount);
    // alice (with anon-1) and bob (with carol, dave, erin).
    expect(chView.personCount).toBe(2);
    const bob = chView.persons.find((p) => p.id === 'bob');
    expect(bob?.ids).toEqual(['bob', 'carol', 'dave', 'erin']);
    // bob's values win over carol's; dave's traits, sent after the merges, land on bob.
    expect(bob?.traits).toEqual({ plan: 'team', seats: 3, vip: true, nickname: 'd' });
    expect(chView.persons.find((p) => p.id === 'alice')?.traits).toEqual({
      plan: 'pro',
      address: { city: 'Kraków', street: 'Długa' },
    });
  });

  it('loads the same identity snapshot, with merge chains kept flat', () => {
    expect(chView.links).toEqual(duckView.links);
    // carol, dave and erin each point at bob's person directly.
    expect(chView.overrideCount).toBe(3);
    expect(chView.overrides).toEqual(duckView.overrides);
    expect(chView.overrides.every(([, survivorKnown]) => survivorKnown)).toBe(true);
  });

  it('writes nothing again when a whole batch is retried', async () => {
    const ingestor = await Ingestor.start(ch.store);
    await ingestor.ingest('default', requests[5]!, { receivedAt: new Date(at(30)) });
    expect(await ch.store.events.count('default')).toBe(15);
  });

  it('picks up where it left off after a restart', async () => {
    // A new repo over the same database: identities reload, and versions continue above the
    // stored ones, so a trait change after the restart wins.
    const repo = new ClickHouseEventRepo(ch.driver);
    const snapshot = await repo.loadIdentities();
    // Six ids in "default", alice in "other".
    expect(snapshot.links).toHaveLength(7);
    const alice = await ch.store.persons.byDistinctId('default', 'alice');
    await repo.write({
      events: [],
      identity: {
        persons: [],
        links: [],
        moves: [],
        merges: [],
        traits: [{ workspaceId: 'default', personId: alice!.id, traits: { plan: 'enterprise' } }],
      },
    });
    expect((await ch.store.persons.byDistinctId('default', 'alice'))?.traits.plan).toBe('enterprise');
    expect(await migrate(ch.driver)).toEqual([]);
  });
});

describe('event names, as the binding picker lists them', () => {
  it('counts names and their property keys on ClickHouse as on DuckDB', async () => {
    const messages = [
      { event: 'Product Viewed', properties: { sku: 'A', price: 1 } },
      { event: 'Product Viewed', properties: { price: 2, sku: 'B', color: 'red' } },
      { event: 'Product Viewed', properties: { sku: 'C', price: 3 } },
      { event: 'Order Completed', properties: { revenue: 9, coupon: 'X' } },
      { event: 'Order Completed', properties: { revenue: 4 } },
      { event: 'Signed Up', properties: {} },
    ].map((m, i) => ({ type: 'track', userId: `u${i % 2}`, messageId: `n${i}`, timestamp: at(i), ...m }));
    for (const store of [ch.store, duck.store]) {
      const ingestor = await Ingestor.start(store);
      expect((await ingestor.ingest('names', messages, { receivedAt: new Date(at(30)) })).accepted).toBe(6);
    }
    // By count; keys by how many events carry them, ties by name.
    const expected = [
      { event: 'Product Viewed', count: 3, properties: ['price', 'sku', 'color'] },
      { event: 'Order Completed', count: 2, properties: ['revenue', 'coupon'] },
      { event: 'Signed Up', count: 1, properties: [] },
    ];
    const all = { limit: 200, propertyLimit: 50 };
    expect(await ch.store.events.names('names', all)).toEqual(expected);
    expect(await duck.store.events.names('names', all)).toEqual(expected);
    // Limits: the top 2 names, each with its top key.
    const top = [
      { event: 'Product Viewed', count: 3, properties: ['price'] },
      { event: 'Order Completed', count: 2, properties: ['revenue'] },
    ];
    expect(await ch.store.events.names('names', { limit: 2, propertyLimit: 1 })).toEqual(top);
    expect(await duck.store.events.names('names', { limit: 2, propertyLimit: 1 })).toEqual(top);
  });
});

describe('ClickHouse store: what only it has to worry about', () => {
  it('stores a batch spanning more months than one insert may partition by default', async () => {
    // Events are partitioned by month; ClickHouse refuses an insert touching over 100 partitions
    // unless the driver lifts the limit, which a historical import easily passes.
    const ingestor = await Ingestor.start(ch.store);
    const messages = Array.from({ length: 150 }, (_, i) => ({
      type: 'track',
      event: 'Old',
      userId: 'historian',
      messageId: `month-${i}`,
      timestamp: new Date(Date.UTC(2010, i, 15)).toISOString(),
    }));
    const result = await ingestor.ingest('history', messages, { receivedAt: new Date() });
    expect(result.rejected).toEqual([]);
    expect(await ch.store.events.count('history')).toBe(150);
  });
});

describe('ClickHouse analytics reader', () => {
  it('computes a CTE read twice once, into a temporary table it drops afterwards', async () => {
    const rows = await runAnalytics(
      ch.driver,
      `WITH x AS (SELECT number AS n FROM numbers({p1:UInt64}))
       SELECT sum(n) AS v FROM x UNION ALL SELECT count() FROM x`,
      { p1: 4 },
    );
    expect(rows.map((r) => r.v).sort()).toEqual([4, 6]);
    expect(await ch.driver.query('SELECT name FROM system.tables WHERE is_temporary')).toEqual([]);
  });

  it('leaves a CTE inline when its result has a column ClickHouse cannot store', async () => {
    // `NULL AS z` is Nullable(Nothing): no table takes it, so x is evaluated where it is read.
    const rows = await runAnalytics(
      ch.driver,
      `WITH x AS (SELECT number AS n, NULL AS z FROM numbers(3))
       SELECT count() AS v FROM x UNION ALL SELECT count(z) FROM x`,
      {},
    );
    expect(rows.map((r) => r.v).sort()).toEqual([0, 3]);
  });
});

describe('store helpers', () => {
  it('merges traits as RFC 7396 (DuckDB json_merge_patch) does', () => {
    expect(mergePatch({ a: 'b', n: { x: 1 } }, { a: null, n: { y: 2 }, l: [1] })).toEqual({
      n: { x: 1, y: 2 },
      l: [1],
    });
    expect(mergePatch({ a: ['b'] }, { a: 'c' })).toEqual({ a: 'c' });
  });

  it('hands out versions that only grow, above any stored version', () => {
    const clock = new VersionClock();
    const ahead = Date.now() * 1000 + 5_000_000;
    clock.seed(ahead);
    const a = clock.next();
    const b = clock.next();
    expect(a).toBeGreaterThan(ahead);
    expect(b).toBeGreaterThan(a);
  });
});
