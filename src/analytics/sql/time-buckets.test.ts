import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../store/duckdb/database.ts';
import type { Interval } from '../spec/interval.ts';
import { BoundParams } from './bound-params.ts';
import { DuckDBDialect, duckdbDialect } from './duckdb/duckdb-dialect.ts';
import { timeBucketCtes } from './time-buckets.ts';

let db: Database;
beforeAll(async () => {
  db = await Database.open(':memory:');
});
afterAll(() => db.close());

class FastZoneDuckDB extends DuckDBDialect {
  override readonly capabilities = { nativeWindowFunnel: false, fastTimeZones: true };
}

// Instants around local midnights and daylight-saving changes (Warsaw: 29 March 2026 01:00 UTC,
// New York: 8 March 2026 07:00 UTC), and in a zone a quarter hour off the hour (Kathmandu +5:45).
const INSTANTS = [
  '2026-03-28T22:59:59.999Z',
  '2026-03-28T23:00:00.000Z',
  '2026-03-29T00:59:59.999Z',
  '2026-03-29T01:00:00.000Z',
  '2026-03-29T21:59:59.999Z',
  '2026-03-29T22:00:00.000Z',
  '2026-03-08T06:59:59.999Z',
  '2026-03-08T07:00:00.000Z',
  '2026-03-01T18:14:59.999Z',
  '2026-03-01T18:15:00.000Z',
  '2026-03-31T22:00:00.000Z',
];

async function buckets(dialect: DuckDBDialect, interval: Interval, zone: string): Promise<string[]> {
  const q = new BoundParams(dialect);
  const values = INSTANTS.map((iso) => `(${q.bindTime(new Date(iso))})`).join(', ');
  const ctes = timeBucketCtes(q, { source: 'src', target: 'tbk', interval, zone: q.bind(zone, 'text') });
  const rows = await db.read.all(
    `WITH src AS (SELECT ts FROM (VALUES ${values}) v(ts)), ${ctes.join(',\n')}
     SELECT CAST(ts AS VARCHAR) AS ts, CAST(tb AS VARCHAR) AS tb FROM tbk ORDER BY ts`,
    q.values,
  );
  return rows.map((r) => `${r.ts} → ${r.tb}`);
}

describe('timeBucketCtes', () => {
  const cases: [Interval, string][] = [
    [{ unit: 'day' }, 'Europe/Warsaw'],
    [{ unit: 'hour' }, 'Asia/Kathmandu'],
    [{ unit: 'day' }, 'America/New_York'],
    [{ unit: 'week', weekStart: 'sunday' }, 'Europe/Warsaw'],
    [{ unit: 'month' }, 'Asia/Kathmandu'],
  ];
  it.each(cases)(
    'quarter-hour slots give every row the bucket of its own instant: %o in %s',
    async (interval, zone) => {
      expect(await buckets(duckdbDialect, interval, zone)).toEqual(
        await buckets(new FastZoneDuckDB(), interval, zone),
      );
    },
  );

  it('buckets local days across the spring change', async () => {
    const days = await buckets(duckdbDialect, { unit: 'day' }, 'Europe/Warsaw');
    // 23:00 UTC on the 28th is midnight of the 29th (CET); 22:00 UTC on the 29th is midnight of the 30th (CEST).
    expect(days).toContain('2026-03-28 23:00:00 → 2026-03-28 23:00:00');
    expect(days).toContain('2026-03-29 21:59:59.999 → 2026-03-28 23:00:00');
    expect(days).toContain('2026-03-29 22:00:00 → 2026-03-29 22:00:00');
  });
});
