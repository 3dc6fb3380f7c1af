import { describe, expect, it } from 'vitest';
import { type RetentionSpecInput, RetentionSpecSchema } from '../spec/retention-spec.ts';
import { DuckDBDialect, duckdbDialect } from '../sql/duckdb/duckdb-dialect.ts';
import { compileRetention } from './compile-retention.ts';

const compile = (input: Omit<RetentionSpecInput, 'type'>, dialect = duckdbDialect) =>
  compileRetention(RetentionSpecSchema.parse({ type: 'retention', ...input }), dialect, {
    workspaceId: 'ws-1',
    now: new Date('2026-06-01T00:00:00Z'),
  });

/** DuckDB's SQL, as if it converted time zones cheaply (as ClickHouse does). */
class FastZoneDuckDB extends DuckDBDialect {
  override readonly capabilities = { nativeWindowFunnel: false, fastTimeZones: true };
}

describe('compileRetention', () => {
  it('binds every value (names, filters, zone, range, periods); the SQL text holds none', () => {
    const { sql, params } = compile({
      start: { event: "Signed Up'; --", where: [{ name: 'plan"x', op: 'eq', value: "pro'" }] },
      return: { event: 'Bought $1' },
      period: 'week',
      periods: 6,
      timezone: 'Europe/Warsaw',
      breakdown: { on: 'property', name: 'utm.source', limit: 3 },
      range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00+02:00' },
    });
    for (const text of [
      "Signed Up'",
      'plan"x',
      "pro'",
      'Bought $1',
      'Europe/Warsaw',
      'utm.source',
      '2026-03',
    ]) {
      expect(sql).not.toContain(text);
    }
    expect(params).toEqual(
      expect.arrayContaining([
        'ws-1',
        "Signed Up'; --",
        '/plan"x',
        "pro'",
        'Bought $1',
        'Europe/Warsaw',
        '/utm.source',
        3,
        // Half a period short of 6 weeks: how far after a cohort's start its last period lies.
        Math.round(5.5 * 604_800),
        '2026-03-01 00:00:00.000',
        '2026-03-31 22:00:00.000',
        '2026-06-01 00:00:00.000',
      ]),
    );
  });

  it('converts each distinct quarter hour, not each event, unless the engine converts zones cheaply', () => {
    const slow = compile({ start: { event: 'A' } }).sql;
    expect(slow).toContain('SELECT DISTINCT slot');
    expect(slow.match(/timezone\(/g)?.length).toBeLessThanOrEqual(8);
    const fast = compile({ start: { event: 'A' } }, new FastZoneDuckDB()).sql;
    expect(fast).not.toContain('slot');
  });

  it('reads the start event once when it is also the return event', () => {
    const { sql, params } = compile({ start: { event: 'Active' } });
    expect(params.filter((p) => p === 'Active')).toHaveLength(1);
    expect(sql).toContain('e.event IN (CAST($');
  });

  it('keeps start events before the range for first-time cohorts only', () => {
    const range = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
    expect(compile({ start: { event: 'A' }, kind: 'first_time', range }).sql).toMatch(
      />= CAST\(\$\d+ AS TIMESTAMP\) OR e\.event =/,
    );
    expect(compile({ start: { event: 'A' }, kind: 'recurring', range }).sql).not.toMatch(/ OR e\.event =/);
  });

  it('joins person traits only when the spec reads them', () => {
    expect(compile({ start: { event: 'A' } }).sql).not.toContain('JOIN persons');
    expect(compile({ start: { event: 'A' }, breakdown: { on: 'trait', name: 'plan' } }).sql).toContain(
      'JOIN persons',
    );
    expect(
      compile({ start: { event: 'A', where: [{ on: 'trait', name: 'plan', op: 'is_set' }] } }).sql,
    ).toContain('JOIN persons');
  });
});
