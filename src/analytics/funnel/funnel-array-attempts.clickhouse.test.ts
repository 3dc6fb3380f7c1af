import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempClickHouseStore } from '../../../test/helpers/temp-clickhouse-store.ts';
import { Ingestor } from '../../ingest/ingestor.ts';
import type { Store } from '../../store/store.ts';
import { type FunnelSpecInput, FunnelSpecSchema } from '../spec/funnel-spec.ts';
import { ClickHouseDialect, clickhouseDialect } from '../sql/clickhouse/clickhouse-dialect.ts';
import { compileFunnel } from './compile-funnel.ts';

/**
 * The array strategy against the range self-joins, on the same engine and the same random
 * events: every ordered funnel must give the same rows (counts, times, persons, groups, buckets).
 * The scenario tables check both strategies against hand-worked answers on a few persons each
 * (the joins on DuckDB, the arrays on ClickHouse); this checks them against each other on
 * combinations the tables leave out — repeated steps with exclusions, a breakdown and a range,
 * many events at the same instant and steps exactly at the window's end. Seeded, so a failure
 * reproduces.
 */
class JoinsOnClickHouse extends ClickHouseDialect {
  override readonly capabilities = { ...clickhouseDialect.capabilities, arrayLambdas: false };
}
const joins = new JoinsOnClickHouse();

const SEED = 20260303;
const WS = 'arrays';
const T0 = Date.parse('2026-03-02T09:00:00Z');
const NAMES = ['A', 'B', 'C', 'X'] as const;

/** mulberry32: a tiny deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;

/**
 * 40 persons, 2–15 events each on a one-minute grid over 30 minutes: many ties, many window
 * edges. A person's events at one instant share their `src`: when two entry events tie on time
 * and differ in the breakdown value, either may give the person's group, on either strategy.
 */
const SOURCES = ['ads', 'mail', 'seo'];
const messages = Array.from({ length: 40 }, (_, p) =>
  Array.from({ length: 2 + int(14) }, (_, i) => {
    const minute = int(30);
    return {
      type: 'track',
      event: pick(NAMES),
      userId: `u${p}`,
      properties: { src: SOURCES[(p + minute) % SOURCES.length] },
      messageId: `m${p}-${i}`,
      timestamp: new Date(T0 + minute * 60_000).toISOString(),
    };
  }),
).flat();

/**
 * Ordered funnels of 2–4 steps over A, B, C (repeats allowed; repeated steps are identical, so
 * which of several simultaneous events fills one does not change the answer), sometimes with an
 * exclusion, a breakdown, a range or an hourly interval.
 */
function randomSpec(): Omit<FunnelSpecInput, 'type'> {
  const steps = Array.from({ length: 2 + int(3) }, () => ({ event: pick(['A', 'B', 'C']) }));
  const from = int(steps.length - 1);
  const to = from + 1 + int(steps.length - 1 - from);
  const spanned = steps.slice(from, to + 1).map((s) => s.event);
  const excluded = NAMES.filter((e) => !spanned.includes(e));
  return {
    steps,
    window: { value: 1 + int(15), unit: 'minute' },
    ...(random() < 0.5 ? { exclusions: [{ event: pick(excluded), from, to }] } : {}),
    ...(random() < 0.4 ? { breakdown: { on: 'property', name: 'src', limit: 1 + int(3) } } : {}),
    ...(random() < 0.3
      ? {
          range: {
            from: new Date(T0 + 5 * 60_000).toISOString(),
            to: new Date(T0 + 20 * 60_000).toISOString(),
          },
        }
      : {}),
    ...(random() < 0.2 ? { interval: { unit: 'hour' } } : {}),
    includePersons: true,
  };
}
const specs = Array.from({ length: 30 }, randomSpec);

/** Rows in a stable order, floats rounded (sums of the same values may differ in the last bit). */
const normalised = (rows: Record<string, unknown>[]) =>
  rows
    .map((r) =>
      JSON.stringify(r, (_k, v: unknown) =>
        typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v,
      ),
    )
    .sort();

let temp: Awaited<ReturnType<typeof tempClickHouseStore>>;
let store: Store;
beforeAll(async () => {
  temp = await tempClickHouseStore();
  store = temp.store;
  const ingestor = await Ingestor.start(store);
  const result = await ingestor.ingest(WS, messages, { receivedAt: new Date() });
  expect(result.rejected).toEqual([]);
});
afterAll(() => temp?.dispose());

describe('ordered funnels: arrays and range joins agree on ClickHouse', () => {
  it.each(specs.map((s, i) => [i, s] as const))('random funnel %i', async (_i, input) => {
    const spec = FunnelSpecSchema.parse({ type: 'funnel', ...input });
    const run = async (dialect: ClickHouseDialect) => {
      const { sql, params } = compileFunnel(spec, dialect, { workspaceId: WS });
      return normalised(await store.analytics.all(sql, params));
    };
    const fromArrays = await run(clickhouseDialect);
    expect(fromArrays.length).toBeGreaterThan(0);
    expect(fromArrays).toEqual(await run(joins));
  });
});
