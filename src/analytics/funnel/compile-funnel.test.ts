import { describe, expect, it } from 'vitest';
import { type FunnelSpecInput, FunnelSpecSchema } from '../spec/funnel-spec.ts';
import { clickhouseDialect } from '../sql/clickhouse/clickhouse-dialect.ts';
import type { Dialect } from '../sql/dialect.ts';
import { duckdbDialect } from '../sql/duckdb/duckdb-dialect.ts';
import { compileFunnel } from './compile-funnel.ts';

const compile = (input: Omit<FunnelSpecInput, 'type'>, dialect: Dialect = duckdbDialect) =>
  compileFunnel(FunnelSpecSchema.parse({ type: 'funnel', ...input }), dialect, { workspaceId: 'ws-1' });

/** A spec with hostile text everywhere text can go: none of it may reach the SQL. */
const HOSTILE: Omit<FunnelSpecInput, 'type'> = {
  steps: [
    { event: "Viewed'; DROP TABLE events; --", where: [{ name: 'plan"x', op: 'eq', value: "pro'" }] },
    { event: 'Bought $1', label: 'never in SQL' },
    { event: "Viewed'; DROP TABLE events; --" },
  ],
  exclusions: [{ event: 'Left /* */', from: 0, to: 1 }],
  breakdown: { on: 'property', name: 'utm.source', limit: 3 },
  range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00+02:00' },
  window: { value: 7, unit: 'day' },
  includePersons: true,
  personLimit: 25,
};
const HOSTILE_TEXT = [
  "Viewed'",
  'plan"x',
  "pro'",
  'Bought $1',
  'never in SQL',
  'Left /*',
  'utm.source',
  '604800',
];

describe('compileFunnel', () => {
  it('binds every value (names, filter values, range, window, limits); the SQL text holds none', () => {
    const { sql, params } = compile(HOSTILE);
    for (const text of HOSTILE_TEXT) expect(sql).not.toContain(text);
    expect(params).toEqual(
      expect.arrayContaining([
        'ws-1',
        "Viewed'; DROP TABLE events; --",
        '/plan"x',
        "pro'",
        'Bought $1',
        'Left /* */',
        '/utm.source',
        604_800,
        25,
        3,
        // Range bounds in UTC: the +02:00 end is 22:00 UTC the day before.
        '2026-03-01 00:00:00.000',
        '2026-03-31 22:00:00.000',
      ]),
    );
  });

  it('keeps the fast plan for ordered funnels of distinct events: range joins, no numbering', () => {
    const { sql } = compile({ steps: [{ event: 'A' }, { event: 'B' }, { event: 'C' }] });
    expect(sql).not.toContain('row_number');
    expect(sql).not.toContain('mid');
    expect(sql.match(/LEFT JOIN ev s/g)).toHaveLength(2);
  });

  it('searches per-person arrays for ordered funnels where the dialect declares arrayLambdas', () => {
    const steps = [{ event: 'A' }, { event: 'B' }, { event: 'C' }];
    const exclusions = [{ event: 'X', from: 0, to: 2 }];
    const onClickHouse = compile({ steps, exclusions }, clickhouseDialect).sql;
    expect(onClickHouse).toContain('arrayJoin(s1)');
    expect(onClickHouse).toContain('arrayFirstIndex(e -> e >= u2 AND e <= uend, s3)');
    // Neither the steps nor the exclusion are range joins any more.
    expect(onClickHouse).not.toContain('LEFT JOIN ev');
    expect(compile({ steps, exclusions }).sql).not.toContain('arrayJoin');
    expect(compile({ steps, exclusions }).sql.match(/LEFT JOIN ev/g)).toHaveLength(3);
    // Strict and unordered funnels keep their joins on every dialect.
    for (const order of ['strict', 'unordered'] as const) {
      const sql = compile({ steps, order }, clickhouseDialect).sql;
      expect(sql).not.toContain('arrayJoin');
      expect(sql).toContain('JOIN');
    }
  });

  it('binds every value on the array strategy too', () => {
    const { sql, params } = compile(HOSTILE, clickhouseDialect);
    expect(sql).toContain('arrayJoin(s1)');
    for (const text of HOSTILE_TEXT) expect(sql).not.toContain(text);
    expect(params).toEqual(expect.arrayContaining(["Viewed'; DROP TABLE events; --", 'Left /* */', 604_800]));
  });

  it('tells apart the events of steps that share a name', () => {
    const { sql } = compile({ steps: [{ event: 'View' }, { event: 'View' }, { event: 'Signup' }] });
    expect(sql).toContain('s.mid <> a.mid1');
    expect(sql).not.toContain('a.mid2');
  });

  it('numbers events for strict funnels and sees all events', () => {
    const { sql } = compile({ steps: [{ event: 'A' }, { event: 'B' }], order: 'strict' });
    expect(sql).toContain('row_number() OVER (PARTITION BY person ORDER BY ts');
    expect(sql).toContain('s.seq = a.q1 + 1');
    expect(sql).not.toContain('e.event IN');
  });

  it('joins person traits only when the spec reads them', () => {
    expect(compile({ steps: [{ event: 'A' }, { event: 'B' }] }).sql).not.toContain('JOIN persons');
    expect(
      compile({
        steps: [{ event: 'A' }, { event: 'B' }],
        where: [{ on: 'trait', name: 'plan', op: 'is_set' }],
      }).sql,
    ).toContain('JOIN persons');
  });
});
