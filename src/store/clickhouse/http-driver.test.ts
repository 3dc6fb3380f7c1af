import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeClickHouse } from '../../../test/helpers/fake-clickhouse-server.ts';
import type { FunnelResult } from '../../analytics/funnel/funnel-result.ts';
import { runQuery } from '../../analytics/run-query.ts';
import { Ingestor } from '../../ingest/ingestor.ts';
import { openStore } from '../open-store.ts';
import { parseClickHouseUrl } from './clickhouse-url.ts';
import { HttpClickHouseDriver } from './http-driver.ts';

// The production driver (@clickhouse/client over HTTP) against the real engine: a small HTTP
// front for chdb that speaks the part of ClickHouse's HTTP interface the client uses.
let dir: string;
let session: Session;
let server: Awaited<ReturnType<typeof startFakeClickHouse>>;
let driver: HttpClickHouseDriver;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'journeylens-chhttp-'));
  session = new Session(join(dir, 'chdb'));
  session.query('CREATE DATABASE journeylens', 'Null');
  server = await startFakeClickHouse(session);
  driver = new HttpClickHouseDriver({ url: server.url, database: 'journeylens' });
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
  session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HttpClickHouseDriver', () => {
  it('binds every kind of value as a server-side parameter', async () => {
    const text = "it's a \\ back\tslash\nand {p1:String}";
    const [row] = await driver.query(
      `SELECT {s:String} AS s, {n:Int64} AS n, {f:Float64} AS f, {b:Bool} AS b,
              {ids:Array(String)} AS ids, {missing:Nullable(String)} AS missing,
              {at:DateTime64(6, 'UTC')} AS at`,
      {
        s: text,
        n: 42,
        f: 2.5,
        b: true,
        ids: ["o'brien", 'x'],
        missing: null,
        at: '2026-03-02 09:00:00.123',
      },
    );
    expect(row).toEqual({
      s: text,
      n: 42,
      f: 2.5,
      b: true,
      ids: ["o'brien", 'x'],
      missing: null,
      at: new Date('2026-03-02T09:00:00.123Z'),
    });
  });

  it('inserts rows and sends the store settings with every statement', async () => {
    await driver.exec('CREATE TABLE t (k String, v Nullable(Int64)) ENGINE = MergeTree ORDER BY k');
    await driver.insert('t', [
      { k: 'a', v: 1 },
      { k: 'b', v: null },
    ]);
    // join_use_nulls: the unmatched row's v is NULL, not 0.
    expect(
      await driver.query(`SELECT l.k AS k, r.v AS v FROM t l LEFT JOIN (SELECT 'a' AS k, 7 AS v) r ON r.k = l.k
        ORDER BY k`),
    ).toEqual([
      { k: 'a', v: 7 },
      { k: 'b', v: null },
    ]);
    expect(server.requests.every((r) => r.get('join_use_nulls') === '1')).toBe(true);
  });

  it('rejects with the server message', async () => {
    await expect(driver.query('SELECT no_such_column FROM t')).rejects.toThrow(/no_such_column/);
  });
});

describe('clickhouse:// store URL', () => {
  it('opens a store that ingests and queries on ClickHouse', async () => {
    const port = new URL(server.url).port;
    const store = await openStore(
      `clickhouse://127.0.0.1:${port}/journeylens?metadata=duckdb:${join(dir, 'meta.duckdb')}`,
    );
    try {
      expect(store.description).toBe(`clickhouse://127.0.0.1:${port}/journeylens`);
      const ingestor = await Ingestor.start(store);
      const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 9, m)).toISOString();
      await ingestor.ingest(
        'default',
        [
          { type: 'track', event: 'A', userId: 'u1', messageId: 'h1', timestamp: at(0) },
          { type: 'track', event: 'B', userId: 'u1', messageId: 'h2', timestamp: at(1) },
          { type: 'track', event: 'A', userId: 'u2', messageId: 'h3', timestamp: at(0) },
        ],
        { receivedAt: new Date(at(5)) },
      );
      expect(await store.events.count('default')).toBe(3);
      const outcome = await runQuery(store, 'default', {
        type: 'funnel',
        steps: [{ event: 'A' }, { event: 'B' }],
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      expect((outcome.result as FunnelResult).steps.map((s) => s.count)).toEqual([2, 1]);
    } finally {
      await store.close();
    }
  });

  it('reads credentials, database and options, and keeps the password out of the description', () => {
    expect(parseClickHouseUrl('clickhouse://ingest:s%40cret@ch.internal/analytics?secure=1')).toEqual({
      driver: {
        url: 'https://ch.internal:8443',
        username: 'ingest',
        password: 's@cret',
        database: 'analytics',
      },
      metadata: 'duckdb:./data/journeylens-meta.duckdb',
      description: 'clickhouse://ingest@ch.internal:8443/analytics (https)',
    });
    expect(parseClickHouseUrl('clickhouse://localhost').driver).toEqual({ url: 'http://localhost:8123' });
  });

  it.each([
    ['clickhouse://host/db?compress=1', /Unknown ClickHouse store option "compress"/],
    ['clickhouse://host/db?secure=yes', /Invalid value "yes" for ClickHouse store option secure/],
    ['clickhouse://host/db?metadata=postgres://x', /must be a duckdb: URL/],
    ['clickhouse:///db', /looks like clickhouse:\/\/user:password@host/],
  ])('refuses %s', (url, message) => {
    expect(() => parseClickHouseUrl(url)).toThrow(message);
  });
});
