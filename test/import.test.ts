import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, quotedString } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../src/ingest/import/import-file.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import { openDuckDBStore } from '../src/store/duckdb/duckdb-store.ts';
import { tempStore } from './helpers/temp-store.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let t: Awaited<ReturnType<typeof tempStore>>;
let ingestor: Ingestor;
beforeEach(async () => {
  t = await tempStore();
  await bootstrap(t.store, {});
  ingestor = await Ingestor.start(t.store);
});
afterEach(async () => {
  await ingestor.flush();
  await t.dispose();
});

const fixture = async (name: string, lines: string[]): Promise<string> => {
  const path = join(t.dir, name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
};
const sideFile = async (path: string | null): Promise<{ line: number; reasons: string[]; raw: string }[]> =>
  (await readFile(path ?? 'no rejected-rows file', 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const importInto = (path: string) => importFile({ path, workspaceId: 'default', sink: ingestor });
const eventsOf = async (distinctId: string) => {
  const person = await t.store.persons.byDistinctId('default', distinctId);
  return person ? t.store.events.forPerson('default', person.id, 100) : [];
};

const ndjson = (o: object) => JSON.stringify(o);
const NDJSON_LINES = [
  ndjson({
    type: 'page',
    anonymousId: 'nd-anon',
    name: 'Home',
    timestamp: '2026-02-01T10:00:00Z',
    messageId: 'nd-1',
  }),
  ndjson({
    type: 'track',
    event: 'Product Viewed',
    anonymousId: 'nd-anon',
    properties: { sku: 'A1' },
    timestamp: '2026-02-01T10:01:00Z',
    messageId: 'nd-2',
  }),
  '{"type":"track","event":', // line 3: not JSON
  ndjson({
    type: 'identify',
    anonymousId: 'nd-anon',
    userId: 'nd-user',
    traits: { plan: 'pro' },
    timestamp: '2026-02-01T10:02:00Z',
    messageId: 'nd-3',
  }),
  ndjson({ type: 'track', event: 'No Ids', timestamp: '2026-02-01T10:03:00Z' }), // line 5: no ids
  ndjson({
    type: 'track',
    event: 'Order Completed',
    userId: 'nd-user',
    properties: { total: 30 },
    timestamp: '2026-02-01T10:05:00Z',
    messageId: 'nd-4',
  }),
  ndjson({ type: 'track', event: 'Late', userId: 'nd-user', timestamp: 'yesterday' }), // line 7: bad time
  ndjson({
    type: 'track',
    event: 'Coupon Applied',
    userId: 'nd-user',
    timestamp: '2026-02-01T10:04:00Z',
    messageId: 'nd-5',
  }),
];

describe('importFile into the real pipeline and DuckDB store', () => {
  it('imports NDJSON, rejects bad lines to the side file, and stitches anonymous events to the user', async () => {
    const path = await fixture('events.ndjson', NDJSON_LINES);
    const summary = await importInto(path);
    // 8 lines: 3 rejected (3 bad JSON, 5 no ids, 7 bad timestamp), the other 5 stored.
    expect(summary).toMatchObject({
      rows: 8,
      accepted: 5,
      rejected: 3,
      rejectedPath: `${path}.rejected.ndjson`,
    });
    expect(await sideFile(summary.rejectedPath)).toEqual([
      { line: 3, reasons: [expect.stringMatching(/^not valid JSON: /)], raw: NDJSON_LINES[2] },
      { line: 5, reasons: ['userId: userId or anonymousId is required'], raw: NDJSON_LINES[4] },
      { line: 7, reasons: ['timestamp: is not an ISO 8601 date-time'], raw: NDJSON_LINES[6] },
    ]);

    expect(await t.store.events.count('default')).toBe(5);
    const person = await t.store.persons.byDistinctId('default', 'nd-anon');
    expect(person).toMatchObject({ ids: ['nd-anon', 'nd-user'], traits: { plan: 'pro' }, eventCount: 5 });
    expect((await t.store.persons.byDistinctId('default', 'nd-user'))?.id).toBe(person?.id);
    // Newest first, by the file's timestamps (10:05, 10:04, 10:02, 10:01, 10:00), not file order.
    const events = await eventsOf('nd-user');
    expect(events.map((e) => e.event)).toEqual([
      'Order Completed',
      'Coupon Applied',
      '$identify',
      'Product Viewed',
      '$page',
    ]);
    expect(events[0]).toMatchObject({ timestamp: '2026-02-01T10:05:00.000Z', properties: { total: 30 } });
    expect(events[4]).toMatchObject({ name: 'Home', anonymousId: 'nd-anon', userId: null, channel: 'web' });
  });

  it('imports CSV: dotted columns, an offline store purchase, numbers coerced, bad rows by line', async () => {
    const lines = [
      'type,event,userId,anonymousId,timestamp,properties.price,properties.sku,context.channel',
      'page,,,csv-anon,2026-03-01T09:00:00Z,,,', // 2: page view, no channel given → web
      'identify,,csv-user,csv-anon,2026-03-01T09:05:00Z,,,', // 3: links csv-anon to csv-user
      'track,Order Completed,csv-user,,2026-03-02T15:30:00Z,49.90,0042,store', // 4: offline purchase
      'track,Broken,csv-user,2026-03-02T16:00:00Z,1', // 5: 5 cells, header has 8
      'track,Late,csv-user,,03/02/2026 17:00,5,,web', // 6: not ISO 8601
      'track,"Gift Card, Redeemed",csv-user,,2026-03-03T08:00:00Z,25,GC-1,in-store', // 7: alias of store
    ];
    const path = await fixture('orders.csv', lines);
    const summary = await importInto(path);
    // 6 data rows (header excluded): lines 5 and 6 rejected, 2, 3, 4 and 7 stored.
    expect(summary).toMatchObject({ rows: 6, accepted: 4, rejected: 2 });
    expect(await sideFile(summary.rejectedPath)).toEqual([
      { line: 5, reasons: ['wrong number of columns: expected 8, got 5'], raw: lines[4] },
      { line: 6, reasons: ['timestamp: is not an ISO 8601 date-time'], raw: lines[5] },
    ]);

    expect(await t.store.persons.byDistinctId('default', 'csv-anon')).toMatchObject({
      ids: ['csv-anon', 'csv-user'],
      eventCount: 4,
    });
    const events = await eventsOf('csv-user');
    expect(events.map((e) => [e.event, e.channel])).toEqual([
      ['Gift Card, Redeemed', 'store'],
      ['Order Completed', 'store'],
      ['$identify', 'other'],
      ['$page', 'web'],
    ]);
    // "49.90" is a JSON number, so a number; "0042" has a leading zero, so it stays text.
    expect(events[1]).toMatchObject({
      timestamp: '2026-03-02T15:30:00.000Z',
      properties: { price: 49.9, sku: '0042' },
      context: { channel: 'store' },
    });
    expect(events[0]?.properties).toEqual({ price: 25, sku: 'GC-1' });
  });

  it('stores each event once when the same file is imported twice', async () => {
    const path = await fixture('again.ndjson', NDJSON_LINES);
    await importInto(path);
    expect(await t.store.events.count('default')).toBe(5);
    const second = await importInto(path);
    // The pipeline accepts the 5 valid messages again; their messageIds are stored already.
    expect(second).toMatchObject({ accepted: 5, rejected: 3 });
    expect(await t.store.events.count('default')).toBe(5);
    expect((await t.store.persons.byDistinctId('default', 'nd-user'))?.eventCount).toBe(5);
    // The side file is overwritten by the second run, not appended to: still 3 rows.
    expect((await sideFile(second.rejectedPath)).map((r) => r.line)).toEqual([3, 5, 7]);
  });

  it('stores each event once when a CSV without messageIds is imported twice', async () => {
    // An interrupted import run again must not double the data: ids derive from the rows.
    const path = await fixture('no-ids.csv', [
      'event,userId,timestamp',
      'Buy,csv-twice,2026-01-01T10:00:00Z',
      'Buy,csv-twice,2026-01-02T10:00:00Z',
    ]);
    await importInto(path);
    await importInto(path);
    expect((await t.store.persons.byDistinctId('default', 'csv-twice'))?.eventCount).toBe(2);
  });

  it('imports Parquet with STRUCT properties, keeping nested values and their types', async () => {
    const path = join(t.dir, 'orders.parquet');
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    // COPY … TO takes no parameters, so the temp path goes in as an escaped SQL string literal.
    await conn.run(
      `COPY (
         SELECT 'track' AS type, 'Order Completed' AS event, 'pq-user' AS userId, 'pq-1' AS messageId,
                TIMESTAMP '2026-04-01 12:00:00' AS timestamp, 'store' AS channel,
                {'total': 59.90, 'items': [{'sku': 'A1', 'qty': 2}, {'sku': 'B2', 'qty': 1}],
                 'shipping': {'method': 'courier', 'free': true}} AS properties
         UNION ALL
         SELECT 'track', 'Order Refunded', 'pq-user', 'pq-2', TIMESTAMP '2026-04-02 09:30:00', NULL,
                {'total': 19.99, 'items': [{'sku': 'B2', 'qty': 1}], 'shipping': {'method': 'pickup', 'free': false}}
         UNION ALL
         SELECT 'track', 'Orphan', NULL, 'pq-3', TIMESTAMP '2026-04-03 00:00:00', NULL, NULL
       ) TO ${quotedString(path)} (FORMAT parquet)`,
    );
    conn.closeSync();
    db.closeSync();

    const summary = await importInto(path);
    // Row 3 has neither userId nor anonymousId.
    expect(summary).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(await sideFile(summary.rejectedPath)).toEqual([
      {
        line: 3,
        reasons: ['userId: userId or anonymousId is required'],
        raw: expect.stringContaining('"Orphan"'),
      },
    ]);
    const events = await eventsOf('pq-user');
    expect(events.map((e) => [e.messageId, e.event, e.timestamp, e.channel])).toEqual([
      ['pq-2', 'Order Refunded', '2026-04-02T09:30:00.000Z', 'other'],
      ['pq-1', 'Order Completed', '2026-04-01T12:00:00.000Z', 'store'],
    ]);
    // DECIMAL → number, INTEGER in a LIST of STRUCTs → number, BOOLEAN stays boolean.
    expect(events[1]?.properties).toEqual({
      total: 59.9,
      items: [
        { sku: 'A1', qty: 2 },
        { sku: 'B2', qty: 1 },
      ],
      shipping: { method: 'courier', free: true },
    });
    expect(events[0]?.properties).toEqual({
      total: 19.99,
      items: [{ sku: 'B2', qty: 1 }],
      shipping: { method: 'pickup', free: false },
    });
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
/** Runs `node bin/journeylens.js …` from the repo root, as a user would. */
const cli = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/journeylens.js', ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });

describe('journeylens import (the CLI)', () => {
  // DuckDB lets one process hold a file: the in-process store is closed before each spawn.
  beforeEach(async () => {
    await ingestor.flush();
    await t.store.close();
  });

  it('imports a CSV, prints the counts and where the rejected rows went', async () => {
    const path = await fixture('cli.csv', [
      'type,event,userId,timestamp,properties.plan',
      'track,Signed Up,cli-user,2026-05-01T08:00:00Z,pro',
      'track,Bad Row,cli-user', // line 3: 3 cells for 5 columns
      'track,Upgraded,cli-user,2026-05-02T08:00:00Z,team',
    ]);
    const run = await cli(['import', path, '--store', `duckdb:${t.path}`]);
    expect(run.stderr).not.toMatch(/journeylens:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${path}: 3 rows, 2 accepted, 1 rejected`);
    expect(run.stdout).toContain(`Rejected rows with their reasons: ${path}.rejected.ndjson`);
    expect(run.stdout).toMatch(/1 × wrong number of columns/);

    const store = await openDuckDBStore(t.path);
    try {
      expect(await store.events.count('default')).toBe(2);
      expect((await store.persons.byDistinctId('default', 'cli-user'))?.eventCount).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('loads NDJSON in bulk and says how many rows the store checked itself', async () => {
    const path = await fixture('bulk.ndjson', [
      JSON.stringify({
        type: 'track',
        event: 'Viewed',
        userId: 'b1',
        messageId: 'b-1',
        timestamp: '2026-05-01T08:00:00Z',
      }),
      JSON.stringify({
        type: 'track',
        event: 'Viewed',
        userId: 'b2',
        messageId: 'b-2',
        timestamp: 'yesterday',
      }),
      JSON.stringify({
        type: 'track',
        event: 'Bought',
        userId: 'b1',
        messageId: 'b-3',
        timestamp: '2026-05-01T09:00:00Z',
      }),
    ]);
    const run = await cli(['import', path, '--store', `duckdb:${t.path}`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${path}: 3 rows, 2 accepted, 1 rejected`);
    // The row with a bad timestamp is the one the scan leaves to the API's validator.
    expect(run.stdout).toContain(
      "Loaded in bulk: 2 rows checked by the bulk scan, 1 by the API's validator.",
    );
    expect(run.stdout).toMatch(/1 × timestamp: is not an ISO 8601 date-time/);
  });

  it('imports into a new store file, creating the default workspace; the first serve still issues its keys', async () => {
    const path = await fixture('first.ndjson', [
      JSON.stringify({ type: 'identify', userId: 'first-user', traits: { plan: 'pro' }, messageId: 'f-1' }),
      JSON.stringify({ type: 'track', event: 'Signed Up', userId: 'first-user', messageId: 'f-2' }),
    ]);
    const fresh = join(t.dir, 'fresh.duckdb');
    const run = await cli(['import', path, '--store', `duckdb:${fresh}`]);
    expect(run.stderr).not.toMatch(/journeylens:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created the default workspace in duckdb:${fresh}`);
    expect(run.stdout).toContain(`Imported ${path}: 2 rows, 2 accepted, 0 rejected`);

    const store = await openDuckDBStore(fresh);
    try {
      expect(await store.events.count('default')).toBe(2);
      expect((await store.persons.byDistinctId('default', 'first-user'))?.traits).toEqual({ plan: 'pro' });
      // The import made no keys: the server's first start makes them and shows them once.
      const boot = await bootstrap(store, {});
      expect(boot.created.map((c) => c.kind).sort()).toEqual(['admin', 'write']);
      expect(boot.adminUser?.password).toEqual(expect.any(String));
    } finally {
      await store.close();
    }

    // A second import into it says nothing of creating.
    const again = await cli(['import', path, '--store', `duckdb:${fresh}`]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('Created the default workspace');
  });

  it('refuses a workspace that does not exist and a format it does not know', async () => {
    const path = await fixture('small.csv', ['event,userId', 'Signed Up,u1']);
    const noWorkspace = await cli(['import', path, '--store', `duckdb:${t.path}`, '--workspace', 'nope']);
    expect(noWorkspace.code).not.toBe(0);
    expect(noWorkspace.stderr).toMatch(/No workspace "nope" in duckdb:.*Known: default\./);

    const xml = await cli(['import', path, '--store', `duckdb:${t.path}`, '--format', 'xml']);
    expect(xml.code).not.toBe(0);
    expect(xml.stderr).toContain('unknown import format "xml"; use one of csv, ndjson, parquet');
  });

  it('reads a timestamp without a zone the same whatever the time zone of the machine', async () => {
    // Spreadsheet and database CSV exports write `2026-03-01 10:00:00`. The Parquet reader takes a
    // zone-less TIMESTAMP as UTC (see the Parquet test above), and so must CSV: the same file
    // must not land at 15:00Z on a machine in New York and at 10:00Z on one in UTC.
    const path = await fixture('naive.csv', [
      'event,userId,timestamp',
      'Visited Store,tz-user,2026-03-01 10:00:00',
    ]);
    const run = await cli(['import', path, '--store', `duckdb:${t.path}`], { TZ: 'America/New_York' });
    expect(run.code).toBe(0);
    const store = await openDuckDBStore(t.path);
    try {
      const person = await store.persons.byDistinctId('default', 'tz-user');
      const [event] = await store.events.forPerson('default', person?.id ?? '', 1);
      expect(event?.timestamp).toBe('2026-03-01T10:00:00.000Z');
    } finally {
      await store.close();
    }
  });
  it('clears what a killed import left in the temporary folder at the next import', async () => {
    const tmp = join(t.dir, 'tmp');
    await mkdir(tmp);
    // Big enough that the scan is still writing staged rows when the import is killed.
    const line = (i: number) =>
      JSON.stringify({ type: 'track', event: 'Viewed', userId: `k${i % 5000}`, messageId: `k-${i}` });
    await writeFile(
      join(t.dir, 'big.ndjson'),
      `${Array.from({ length: 600_000 }, (_, i) => line(i)).join('\n')}\n`,
    );
    const scratch = async () => (await readdir(tmp)).filter((n) => n.startsWith('journeylens-import-'));
    const child = spawn(
      process.execPath,
      ['bin/journeylens.js', 'import', join(t.dir, 'big.ndjson'), '--store', `duckdb:${t.path}`],
      { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' },
    );
    const exited = once(child, 'exit');
    let left: string[] = [];
    while (left.length === 0 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 10));
      left = await scratch();
    }
    child.kill('SIGKILL');
    await exited;
    expect(left).toHaveLength(1);
    // A kill -9 runs no clean-up: the staged rows are still there.
    expect(await scratch()).toEqual(left);
    // A folder of an import still running (this test's own process) must be left alone.
    const host = hostname().replace(/[^A-Za-z0-9.]/g, '_');
    const running = `journeylens-import-${host}-${process.pid}-running`;
    await mkdir(join(tmp, running));
    // Nor one of another machine sharing the folder, whose process ids are not this machine's.
    const elsewhere = `journeylens-import-another-host-${left[0]!.split('-').at(-2)}-abc`;
    await mkdir(join(tmp, elsewhere));

    const path = await fixture('after.ndjson', [line(1)]);
    const run = await cli(['import', path, '--store', `duckdb:${t.path}`], { TMPDIR: tmp });
    expect(run.code).toBe(0);
    expect((await scratch()).sort()).toEqual([elsewhere, running].sort());
  });
});
