import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChdbDriver, openChdb } from '../../../../test/helpers/chdb-driver.ts';
import { numberedParams } from '../../../store/clickhouse/clickhouse-driver.ts';
import { BoundParams } from '../bound-params.ts';
import { clickhouseDialect as d } from './clickhouse-dialect.ts';

// Every method runs on the real engine (chdb, ClickHouse 26), with the same cases and expected
// values as duckdb-dialect.test.ts: the two dialects must agree.
let chdb: Awaited<ReturnType<typeof openChdb>>;
let db: ChdbDriver;
beforeAll(async () => {
  chdb = await openChdb();
  db = chdb.driver;
});
afterAll(() => chdb.dispose());

/** Evaluates one expression built with bound parameters and returns its value. */
async function value(build: (q: BoundParams) => string): Promise<unknown> {
  const q = new BoundParams(d);
  const expr = build(q);
  const rows = await db.query(`SELECT ${expr} AS v`, numberedParams(q.values));
  return rows[0]?.v;
}

const ts = (q: BoundParams, iso: string) => q.bindTime(new Date(iso));
/** An instant as the DuckDB test prints it (`2026-03-02 09:01:30`), from the Date the driver returns. */
const text = (v: unknown) =>
  v instanceof Date
    ? v
        .toISOString()
        .replace('T', ' ')
        .replace(/(\.000)?Z$/, '')
    : v;

describe('ClickHouse dialect: JSON', () => {
  const doc = JSON.stringify({
    'a/b': 1,
    'c~d': 2,
    'x"y': 3,
    'it.s': 'dotted',
    '[0]': 'bracket',
    $: 'dollar',
    "it's": 'quote',
    nested: { 'deep key': 'found' },
    nothing: null,
    obj: { k: 1 },
    tags: ['Red', 'blue'],
    title: 'Running Shoes',
    flag: true,
    deep: { a: { b: { c: { d: { e: { f: { g: { h: { i: 'ten' } } } } } } } } },
  });
  const at = (keys: string[]) => value((q) => d.jsonText(q.bind(doc, 'text'), q.bindJsonPath(keys)));

  it('addresses any key exactly through a bound list of keys', async () => {
    expect(d.jsonPathValue(['a/b', 'c~d'])).toBe('["a/b","c~d"]');
    expect(await at(['a/b'])).toBe('1');
    expect(await at(['c~d'])).toBe('2');
    expect(await at(['x"y'])).toBe('3');
    expect(await at(["it's"])).toBe('quote');
    // Dots, brackets and `$` are plain characters in a key, not path syntax.
    expect(await at(['it.s'])).toBe('dotted');
    expect(await at(['[0]'])).toBe('bracket');
    expect(await at(['$'])).toBe('dollar');
    expect(await at(['nested', 'deep key'])).toBe('found');
    expect(await at(['deep', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])).toBe('ten');
    expect(() => d.jsonPathValue(Array.from({ length: 11 }, () => 'k'))).toThrow(/1 to 10 keys/);
  });

  it('reads JSON null and missing keys as NULL, objects as JSON text, booleans as text', async () => {
    expect(await at(['nothing'])).toBeNull();
    expect(await at(['missing'])).toBeNull();
    expect(await at(['nested', 'missing'])).toBeNull();
    expect(await at(['obj'])).toBe('{"k":1}');
    expect(await at(['flag'])).toBe('true');
  });

  it('contains: exact element of an array, case-insensitive substring of a scalar', async () => {
    const contains = (keys: string[], needle: string) =>
      value((q) => d.jsonContains(q.bind(doc, 'text'), q.bindJsonPath(keys), q.bind(needle, 'text')));
    expect(await contains(['tags'], 'blue')).toBe(1);
    expect(await contains(['tags'], 'blu')).toBe(0);
    expect(await contains(['title'], 'shoe')).toBe(1);
    expect(await contains(['title'], 'boot')).toBe(0);
    expect(await contains(['missing'], 'x')).toBeNull();
  });
});

describe('ClickHouse dialect: values and time', () => {
  it('reads numbers in text, NULL otherwise', async () => {
    expect(await value((q) => d.toFloat(q.bind('12.5', 'text')))).toBe(12.5);
    expect(await value((q) => d.toFloat(q.bind('twelve', 'text')))).toBeNull();
  });

  it('binds each parameter type', async () => {
    expect(await value((q) => q.bind(7, 'int'))).toBe(7);
    expect(await value((q) => q.bind(2.5, 'float'))).toBe(2.5);
    expect(await value((q) => q.bind(true, 'bool'))).toBe(true);
    expect(await value((q) => q.bind("it's \\ {p1:String}", 'text'))).toBe("it's \\ {p1:String}");
    expect(await value((q) => ts(q, '2026-03-02T09:00:00.123Z'))).toEqual(
      new Date('2026-03-02T09:00:00.123Z'),
    );
  });

  // Conditions are UInt8 in ClickHouse (1/0), booleans in DuckDB; both work in WHERE and -If.
  it('treats a NULL condition as not true', async () => {
    expect(Number(await value(() => d.isNotTrue('NULL')))).toBe(1);
    expect(Number(await value(() => d.isNotTrue('1 = 1')))).toBe(0);
    expect(Number(await value(() => d.isNotTrue('1 = 2')))).toBe(1);
  });

  it('adds seconds and measures seconds between instants to the microsecond', async () => {
    expect(text(await value((q) => d.addSeconds(ts(q, '2026-03-02T09:00:00Z'), q.bind(90, 'int'))))).toBe(
      '2026-03-02 09:01:30',
    );
    expect(
      await value((q) => d.secondsBetween(ts(q, '2026-03-02T09:00:00Z'), ts(q, '2026-03-02T09:00:01.500Z'))),
    ).toBe(1.5);
    expect(await value((q) => d.epochMicros(ts(q, '1970-01-01T00:00:01.5Z')))).toBe(1_500_000);
    expect(text(await value(() => d.timestampFromMicros('1772442000000000')))).toBe('2026-03-02 09:00:00');
    // Exact to the microsecond (the driver's Dates keep only milliseconds).
    expect(await value(() => d.epochMicros(d.timestampFromMicros('1772442000000001')))).toBe(
      1772442000000001,
    );
  });

  const bucket = async (iso: string, interval: Parameters<typeof d.timeBucket>[1], zone: string) =>
    text(await value((q) => d.timeBucket(ts(q, iso), interval, q.bind(zone, 'text'))));

  it('buckets days at local midnight, across a daylight-saving change', async () => {
    // Warsaw moves from CET (+1) to CEST (+2) at 01:00 UTC on Sunday 29 March 2026.
    // 00:30 UTC is 01:30 CET on the 29th: its day began at 00:00 CET = 23:00 UTC on the 28th.
    expect(await bucket('2026-03-29T00:30:00Z', { unit: 'day' }, 'Europe/Warsaw')).toBe(
      '2026-03-28 23:00:00',
    );
    // 22:30 UTC is 00:30 CEST on the 30th: its day began at 00:00 CEST = 22:00 UTC on the 29th.
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
    // In Warsaw (+1), Monday 2 March began at 23:00 UTC on Sunday 1 March.
    expect(await bucket(wed, { unit: 'week', weekStart: 'monday' }, 'Europe/Warsaw')).toBe(
      '2026-03-01 23:00:00',
    );
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

describe('ClickHouse dialect: aggregates and lists', () => {
  const rows =
    "(SELECT * FROM VALUES('k Int64, v Float64, s String', (1, 5.0, 'c'), (2, 1.0, 'a'), (3, 3.0, 'b'), (4, 10.0, 'd')))";
  const agg = async (expr: string) => (await db.query(`SELECT ${expr} AS v FROM ${rows}`))[0]?.v;

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

  it('answers an empty group with NULL, as SQL aggregates do', async () => {
    expect(await agg(d.avgIf('v', 'k > 9'))).toBeNull();
    expect(await agg(d.medianIf('v', 'k > 9'))).toBeNull();
    expect(await agg(d.minIf('v', 'k > 9'))).toBeNull();
    expect(await agg(d.nthSmallestIf('v', 'k <= 3', 4))).toBeNull();
    expect(Number(await agg(d.countIf('k > 9')))).toBe(0);
  });

  it('picks the row with the greatest keys, compared left to right', async () => {
    expect(await agg(d.argMax('s', ['k % 2', '-k']))).toBe('c');
    expect(await agg(d.argMin('s', 'v'))).toBe('a');
    expect(await agg(d.field(d.argMax(d.record({ key: 'k', label: 's' }), ['v']), 'label'))).toBe('d');
  });

  it('sorts lists with NULLs last and reads elements past the end as NULL', async () => {
    expect(await value(() => d.sortedNonNull(['3', 'NULL', '1']))).toEqual([1, 3, null]);
    expect(await value(() => d.listElement(d.sortedNonNull(['3', 'NULL', '1']), 2))).toBe(3);
    expect(await value(() => d.listElement(d.sortedNonNull(['3', 'NULL', '1']), 3))).toBeNull();
    expect(await value(() => d.listElement('[1, 2]', 3))).toBeNull();
  });

  it('lists the n smallest or largest values, ascending', async () => {
    expect(await agg(d.sortedValues('k', 2, 'smallest'))).toEqual([1, 2]);
    expect(await agg(d.sortedValues('k', 3, 'largest'))).toEqual([2, 3, 4]);
    expect(await agg(d.sortedValues('k * 1000000000000', 9, 'largest'))).toEqual([1e12, 2e12, 3e12, 4e12]);
  });

  it('collects sorted lists (records by their first field) and searches them with lambdas', async () => {
    expect(await agg(d.collectSortedIf('k', 'v > 2'))).toEqual([1, 3, 4]);
    expect(await agg(d.collectSortedIf('k', 'v > 99'))).toEqual([]);
    const records = d.collectSortedIf(d.record({ v: 'v', s: 's' }), 'TRUE');
    expect(await agg(d.field(d.elementAt(records, '2'), 's'))).toBe('b');
    const list = '[10, 20, 30]';
    expect(await value(() => d.firstIndexWhere(list, 'x', 'x > 15'))).toBe(2);
    expect(await value(() => d.firstIndexWhere(list, 'x', 'x > 99'))).toBe(0);
    // A NULL condition does not hold: a funnel step after one not reached finds nothing.
    expect(await value(() => d.firstIndexWhere(list, 'x', 'x > CAST(NULL AS Nullable(Int64))'))).toBe(0);
    expect(await value(() => d.elementAt(list, d.firstIndexWhere(list, 'x', 'x > 15')))).toBe(20);
    const rows = await db.query(`SELECT ${d.unnest(list)} AS v, 'same' AS other`);
    expect(rows).toEqual([10, 20, 30].map((v) => ({ v, other: 'same' })));
  });

  it('refuses identifiers and indexes that did not come from a compiler', () => {
    expect(() => d.firstIndexWhere('[1]', 'x) -> 1, [1]); --', 'TRUE')).toThrow(/Not a compiler identifier/);
    expect(() => d.record({ 'x; DROP TABLE events': '1' })).toThrow(/Not a compiler identifier/);
    expect(() => d.listElement('l', 0)).toThrow(/Not a positive integer/);
  });
});

describe('ClickHouse dialect: window functions and row values', () => {
  // Two persons' events in time order; `x` is set on some of them (as in the DuckDB test).
  const rows = `(SELECT * FROM VALUES('p String, ts Int64, x Nullable(Int64)',
    ('a', 1, NULL), ('a', 2, 20), ('a', 3, NULL), ('a', 4, 40), ('a', 5, NULL), ('b', 1, 7)))`;
  const w = 'PARTITION BY p ORDER BY ts';
  const column = async (expr: string) =>
    (await db.query(`SELECT ${expr} AS v FROM ${rows} ORDER BY p, ts`)).map((r) => r.v);

  it('reads the previous row of the window, NULL on the first', async () => {
    expect(await column(d.previousInWindow('ts', w))).toEqual([null, 1, 2, 3, 4, null]);
  });

  it('finds the smallest non-NULL value after each row, NULL after the last', async () => {
    expect(await column(d.minOfFollowing('x', w))).toEqual([20, 40, 40, null, null, null]);
    expect(await column(d.minOfFollowing('ts', w))).toEqual([2, 3, 4, 5, null, null]);
  });

  it('takes the smallest of a row’s values, skipping NULLs', async () => {
    expect(await value(() => d.smallestOf(['3', 'NULL', '1']))).toBe(1);
    expect(await value(() => d.smallestOf(['NULL', 'NULL']))).toBeNull();
    expect(d.smallestOf(['x'])).toBe('x');
  });
});

describe("ClickHouse's windowFunnel is not our funnel (why nativeWindowFunnel is off)", () => {
  const funnel = async (events: [number, string][], steps: string[]) => {
    const q = new BoundParams(d);
    const rows = events.map(([t, e]) => `(${t}, ${q.bind(e, 'text')})`).join(', ');
    const conds = steps.map((s) => `e = ${q.bind(s, 'text')}`).join(', ');
    const result = await db.query(
      `SELECT windowFunnel(3600)(toDateTime(t, 'UTC'), ${conds}) AS level
       FROM (SELECT * FROM VALUES('t UInt32, e String', ${rows}))`,
      numberedParams(q.values),
    );
    return result[0]?.level;
  };

  it('lets one event fill two steps that share its name', async () => {
    // Steps View, View, Signup; one View then Signup. Our funnel: step 1 only, since one event
    // cannot be two steps (see the "same event in two steps" funnel scenario). windowFunnel: 3.
    expect(
      await funnel(
        [
          [0, 'View'],
          [60, 'Signup'],
        ],
        ['View', 'View', 'Signup'],
      ),
    ).toBe(3);
  });
});
