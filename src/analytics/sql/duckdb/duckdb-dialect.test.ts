import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../store/duckdb/database.ts';
import { BaseDialect } from '../base-dialect.ts';
import { BoundParams } from '../bound-params.ts';
import { duckdbDialect as d } from './duckdb-dialect.ts';

let db: Database;
beforeAll(async () => {
  db = await Database.open(':memory:');
});
afterAll(() => db.close());

/** Evaluates one expression built with bound parameters and returns its value. */
async function value(build: (q: BoundParams) => string): Promise<unknown> {
  const q = new BoundParams(d);
  const expr = build(q);
  const row = await db.read.one(`SELECT ${expr} AS v`, q.values);
  return row?.v;
}

const ts = (q: BoundParams, iso: string) => q.bindTime(new Date(iso));
const text = (expr: string) => `CAST(${expr} AS VARCHAR)`;

describe('DuckDB dialect: JSON', () => {
  const doc = JSON.stringify({
    'a/b': 1,
    'c~d': 2,
    'x"y': 3,
    'it.s': 'dotted',
    '[0]': 'bracket',
    $: 'dollar',
    nested: { 'deep key': 'found' },
    nothing: null,
    obj: { k: 1 },
    tags: ['Red', 'blue'],
    title: 'Running Shoes',
  });
  const at = (keys: string[]) =>
    value((q) => d.jsonText(`${q.bind(doc, 'text')}::JSON`, q.bindJsonPath(keys)));

  it('addresses any key exactly through a JSON Pointer', async () => {
    expect(d.jsonPathValue(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
    expect(await at(['a/b'])).toBe('1');
    expect(await at(['c~d'])).toBe('2');
    expect(await at(['x"y'])).toBe('3');
    // Dots, brackets and `$` are plain characters in a pointer, not path syntax.
    expect(await at(['it.s'])).toBe('dotted');
    expect(await at(['[0]'])).toBe('bracket');
    expect(await at(['$'])).toBe('dollar');
    expect(await at(['nested', 'deep key'])).toBe('found');
  });

  it('reads JSON null and missing keys as NULL, objects as JSON text', async () => {
    expect(await at(['nothing'])).toBeNull();
    expect(await at(['missing'])).toBeNull();
    expect(await at(['obj'])).toBe('{"k":1}');
  });

  it('contains: exact element of an array, case-insensitive substring of a scalar', async () => {
    const contains = (keys: string[], needle: string) =>
      value((q) =>
        d.jsonContains(`${q.bind(doc, 'text')}::JSON`, q.bindJsonPath(keys), q.bind(needle, 'text')),
      );
    expect(await contains(['tags'], 'blue')).toBe(true);
    expect(await contains(['tags'], 'blu')).toBe(false);
    expect(await contains(['title'], 'shoe')).toBe(true);
    expect(await contains(['title'], 'boot')).toBe(false);
    expect(await contains(['missing'], 'x')).toBeNull();
  });
});

describe('DuckDB dialect: values and time', () => {
  it('reads numbers in text, NULL otherwise', async () => {
    expect(await value((q) => d.toFloat(q.bind('12.5', 'text')))).toBe(12.5);
    expect(await value((q) => d.toFloat(q.bind('twelve', 'text')))).toBeNull();
  });

  it('adds seconds and measures seconds between instants to the microsecond', async () => {
    expect(await value((q) => text(d.addSeconds(ts(q, '2026-03-02T09:00:00Z'), q.bind(90, 'int'))))).toBe(
      '2026-03-02 09:01:30',
    );
    expect(
      await value((q) => d.secondsBetween(ts(q, '2026-03-02T09:00:00Z'), ts(q, '2026-03-02T09:00:01.500Z'))),
    ).toBe(1.5);
    expect(await value(() => text(d.timestampFromMicros('1772442000000001')))).toBe(
      '2026-03-02 09:00:00.000001',
    );
  });

  const bucket = (iso: string, interval: Parameters<typeof d.timeBucket>[1], zone: string) =>
    value((q) => text(d.timeBucket(ts(q, iso), interval, q.bind(zone, 'text'))));

  it('buckets days at local midnight, across a daylight-saving change', async () => {
    // Warsaw moves from CET (+1) to CEST (+2) at 01:00 UTC on Sunday 29 March 2026.
    // 00:30 UTC is 01:30 CET on the 29th: its day began at 00:00 CET = 23:00 UTC on the 28th.
    expect(await bucket('2026-03-29T00:30:00Z', { unit: 'day' }, 'Europe/Warsaw')).toBe(
      '2026-03-28 23:00:00',
    );
    // 22:30 UTC is 00:30 CEST on the 30th: its day began at 00:00 CEST = 22:00 UTC on the 29th,
    // so the 29th was a 23-hour day.
    expect(await bucket('2026-03-29T22:30:00Z', { unit: 'day' }, 'Europe/Warsaw')).toBe(
      '2026-03-29 22:00:00',
    );
  });

  it('starts weeks on Monday or Sunday as asked', async () => {
    // Wednesday 4 March 2026: the Monday week began on the 2nd, the Sunday week on the 1st.
    const wed = '2026-03-04T12:00:00Z';
    expect(await bucket(wed, { unit: 'week', weekStart: 'monday' }, 'UTC')).toBe('2026-03-02 00:00:00');
    expect(await bucket(wed, { unit: 'week', weekStart: 'sunday' }, 'UTC')).toBe('2026-03-01 00:00:00');
    // A Sunday opens its own Sunday week but closes the Monday week.
    const sun = '2026-03-08T10:00:00Z';
    expect(await bucket(sun, { unit: 'week', weekStart: 'monday' }, 'UTC')).toBe('2026-03-02 00:00:00');
    expect(await bucket(sun, { unit: 'week', weekStart: 'sunday' }, 'UTC')).toBe('2026-03-08 00:00:00');
  });

  it('buckets months and hours in the local zone', async () => {
    // 03:00 UTC on 1 March is 22:00 EST on 28 February: February, which began at 05:00 UTC.
    expect(await bucket('2026-03-01T03:00:00Z', { unit: 'month' }, 'America/New_York')).toBe(
      '2026-02-01 05:00:00',
    );
    // India is UTC+5:30: 10:10 UTC is 15:40 local; its hour began at 15:00 local = 09:30 UTC.
    expect(await bucket('2026-03-02T10:10:00Z', { unit: 'hour' }, 'Asia/Kolkata')).toBe(
      '2026-03-02 09:30:00',
    );
  });
});

describe('DuckDB dialect: aggregates and lists', () => {
  const rows = "(VALUES (1, 5.0, 'c'), (2, 1.0, 'a'), (3, 3.0, 'b'), (4, 10.0, 'd')) t(k, v, s)";
  const agg = async (expr: string) => (await db.read.one(`SELECT ${expr} AS v FROM ${rows}`))?.v;

  it('computes exact medians and conditional aggregates', async () => {
    // 1, 3, 5, 10: the mean of the two middle values.
    expect(await agg(d.medianIf('v', 'TRUE'))).toBe(4);
    expect(await agg(d.medianIf('v', 'k <= 3'))).toBe(3);
    expect(Number(await agg(d.countIf('v > 2')))).toBe(3);
    expect(await agg(d.avgIf('v', 'k > 2'))).toBe(6.5);
    expect(await agg(d.minIf('v', 'k > 2'))).toBe(3);
    expect(await agg(d.nthSmallestIf('v', 'k <= 3', 2))).toBe(3);
    expect(await agg(d.sortedListIf('s', 'TRUE', '2'))).toEqual(['a', 'b']);
  });

  it('picks the row with the greatest keys, compared left to right', async () => {
    expect(await agg(d.argMax('s', ['k % 2', '-k']))).toBe('c');
    expect(await agg(d.argMin('s', 'v'))).toBe('a');
    expect(await agg(d.field(d.argMax(d.record({ key: 'k', label: 's' }), ['v']), 'label'))).toBe('d');
  });

  it('lists the n smallest or largest integers, ascending either way', async () => {
    expect(await agg(d.sortedValues('k', 2, 'smallest'))).toEqual([1, 2]);
    expect(await agg(d.sortedValues('k', 3, 'largest'))).toEqual([2, 3, 4]);
    // Fewer rows than n: all of them. Path keys are BIGINTs, read back as bigint.
    expect(await agg(d.sortedValues('k::BIGINT * 1000000000000', 9, 'largest'))).toEqual(
      [1e12, 2e12, 3e12, 4e12].map(BigInt),
    );
  });

  it('sorts lists with NULLs last and reads elements past the end as NULL', async () => {
    expect(await value(() => d.sortedNonNull(['3', 'NULL', '1']))).toEqual([1, 3, null]);
    expect(await value(() => d.listElement(d.sortedNonNull(['3', 'NULL', '1']), 2))).toBe(3);
    expect(await value(() => d.listElement(d.sortedNonNull(['3', 'NULL', '1']), 3))).toBeNull();
  });

  it('refuses identifiers and indexes that did not come from a compiler', () => {
    expect(() => d.record({ 'x; DROP TABLE events': '1' })).toThrow(/Not a compiler identifier/);
    expect(() => d.listElement('l', 0)).toThrow(/Not a positive integer/);
  });

  it('declares no arrayLambdas, and its list-lambda methods say so', () => {
    expect(d.capabilities.arrayLambdas).toBe(false);
    expect(() => d.unnest('l')).toThrow(/does not declare arrayLambdas/);
    expect(() => d.firstIndexWhere('l', 'x', 'x > 1')).toThrow(/does not declare arrayLambdas/);
  });
});

describe('DuckDB dialect: window functions and row values', () => {
  // Two persons' events in time order; `x` is set on some of them.
  const rows = `(VALUES ('a', 1, NULL), ('a', 2, 20), ('a', 3, NULL), ('a', 4, 40), ('a', 5, NULL), ('b', 1, 7))
    AS t(p, ts, x)`;
  const w = 'PARTITION BY p ORDER BY ts';
  const column = async (expr: string) =>
    (await db.read.all(`SELECT ${expr} AS v FROM ${rows} ORDER BY p, ts`, [])).map((r) => r.v);

  it('reads the previous row of the window, NULL on the first', async () => {
    expect(await column(d.previousInWindow('ts', w))).toEqual([null, 1, 2, 3, 4, null]);
  });

  it('finds the smallest non-NULL value after each row (next one, for growing values)', async () => {
    const expected = [20, 40, 40, null, null, null];
    expect(await column(d.minOfFollowing('x', w))).toEqual(expected);
    // The portable framed min gives the same answer.
    expect(await column(BaseDialect.prototype.minOfFollowing.call(d, 'x', w))).toEqual(expected);
  });

  it('takes the smallest of a row’s values, skipping NULLs', async () => {
    expect(await value(() => d.smallestOf(['3', 'NULL', '1']))).toBe(1);
    expect(await value(() => d.smallestOf(['NULL', 'NULL']))).toBeNull();
    expect(d.smallestOf(['x'])).toBe('x');
  });
});
