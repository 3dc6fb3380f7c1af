import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore } from '../../../test/helpers/temp-store.ts';
import { Ingestor } from '../../ingest/ingestor.ts';
import type { Store } from '../store.ts';
import type { Database } from './database.ts';
import { openDuckDBStore } from './duckdb-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { foldPersonLog } from './person-log.ts';

const ctx = { receivedAt: new Date('2026-08-01T12:00:00Z') };
const identify = (userId: string, traits: Record<string, unknown>) => ({ type: 'identify', userId, traits });

describe('trait changes of stored persons', () => {
  let t: Awaited<ReturnType<typeof tempStore>>;
  let store: Store;
  let ingestor: Ingestor;
  beforeEach(async () => {
    t = await tempStore();
    store = t.store;
    ingestor = await Ingestor.start(store);
  });
  afterEach(async () => {
    await t.dispose();
  });

  /** Each call is its own group commit, so every change after the first is a stored person's. */
  async function send(...messages: unknown[]) {
    for (const m of messages) await ingestor.ingest('default', [m], ctx);
  }
  const traitsOf = async (id: string) => (await store.persons.byDistinctId('default', id))?.traits;
  const analyticsTraits = async (id: string) => {
    const person = await store.persons.byDistinctId('default', id);
    const rows = await store.analytics.all(
      'SELECT CAST(traits AS VARCHAR) AS traits FROM persons WHERE id = ?',
      [person!.id],
    );
    return JSON.parse(String(rows[0]?.traits)) as unknown;
  };
  const patchCount = async () =>
    Number((await store.analytics.all('SELECT count(*) AS n FROM person_trait_patches', []))[0]?.n);

  it('reads every change, in order, through the API and analytics alike', async () => {
    await send(
      identify('u1', { plan: 'free', seats: 1, address: { city: 'Kraków', zip: '30-001' } }),
      identify('u1', { plan: 'pro' }),
      identify('u1', { seats: null, address: { zip: '31-002' } }),
    );
    // RFC 7396 by hand: pro replaces free, null removes seats, address merges key by key.
    const expected = { plan: 'pro', address: { city: 'Kraków', zip: '31-002' } };
    expect(await traitsOf('u1')).toEqual(expected);
    expect(await analyticsTraits('u1')).toEqual(expected);
    expect(await patchCount()).toBe(2);
  });

  it('applies several changes in one group commit one after another, not combined', async () => {
    await send(identify('u1', { prefs: { email: true } }));
    // In one commit: prefs removed, then set anew; address set in two steps.
    await ingestor.ingest(
      'default',
      [
        identify('u1', { prefs: null }),
        identify('u1', { prefs: { sms: true } }),
        identify('u1', { address: { city: 'Kraków' } }),
        identify('u1', { address: { zip: '31-002' } }),
      ],
      ctx,
    );
    const expected = { prefs: { sms: true }, address: { city: 'Kraków', zip: '31-002' } };
    expect(await traitsOf('u1')).toEqual(expected);
    // The same within the commit that creates the person.
    await ingestor.ingest(
      'default',
      [
        identify('u2', { prefs: { email: true } }),
        identify('u2', { prefs: null }),
        identify('u2', { prefs: { sms: true } }),
        identify('u2', { address: { city: 'Kraków' } }),
        identify('u2', { address: { zip: '31-002' } }),
      ],
      ctx,
    );
    expect(await traitsOf('u2')).toEqual(expected);
  });

  it('folds the log into the person rows without changing what anyone reads', async () => {
    await send(identify('u1', { plan: 'free' }), identify('u1', { plan: 'pro', seats: 3 }));
    await send(identify('u2', { plan: 'free' }), identify('u2', { seats: 5 }));
    // The writer folds once the log is long (FOLD_AFTER_PATCHES); here, on the spot.
    const { db } = store.events as unknown as { db: Database };
    await db.ingest.exclusive((conn) => foldPersonLog(conn));
    expect(await patchCount()).toBe(0);
    expect(await traitsOf('u1')).toEqual({ plan: 'pro', seats: 3 });
    expect(await traitsOf('u2')).toEqual({ plan: 'free', seats: 5 });
    // Changes after the fold pile up on the folded rows.
    await send(identify('u1', { seats: 4 }));
    expect(await traitsOf('u1')).toEqual({ plan: 'pro', seats: 4 });
  });

  it('gives a merge the traits with their changes, and hides the merged person until the fold removes it', async () => {
    await send(
      { type: 'identify', anonymousId: 'a1', traits: { theme: 'dark', plan: 'free' } },
      { type: 'identify', anonymousId: 'a1', traits: { locale: 'pl' } },
      identify('u1', { plan: 'pro' }),
      // The alias merges a1's person into u1's, whose values win.
      { type: 'alias', previousId: 'a1', userId: 'u1' },
    );
    const merged = { theme: 'dark', plan: 'pro', locale: 'pl' };
    expect(await traitsOf('u1')).toEqual(merged);
    expect(await traitsOf('a1')).toEqual(merged);
    expect(await store.persons.count('default')).toBe(1);
    const rows = async () =>
      Number((await store.analytics.all('SELECT count(*) AS n FROM person_rows', []))[0]?.n);
    expect(await rows()).toBe(2);

    const { db } = store.events as unknown as { db: Database };
    await db.ingest.exclusive((conn) => foldPersonLog(conn));
    expect(await rows()).toBe(1);
    expect(await patchCount()).toBe(0);
    expect(await traitsOf('a1')).toEqual(merged);
    expect(await store.persons.count('default')).toBe(1);
  });
});

it('keeps the persons and traits of a store made before trait changes were logged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-traits-migrate-'));
  const path = join(dir, 'old.duckdb');
  try {
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    for (const m of MIGRATIONS.filter((m) => m.version < 7)) {
      for (const sql of m.statements) await conn.run(sql);
    }
    await conn.run(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)',
    );
    for (const m of MIGRATIONS.filter((m) => m.version < 7))
      await conn.run('INSERT INTO schema_migrations VALUES (?, ?, now())', [m.version, m.name]);
    await conn.run(`INSERT INTO persons VALUES ('default', 'p1', '{"plan":"pro"}', now(), now())`);
    await conn.run(`INSERT INTO person_distinct_ids VALUES ('default', 'u1', 'p1', true)`);
    conn.closeSync();
    instance.closeSync();

    const store = await openDuckDBStore(path);
    try {
      expect((await store.persons.byDistinctId('default', 'u1'))?.traits).toEqual({ plan: 'pro' });
      expect(await store.persons.count('default')).toBe(1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
