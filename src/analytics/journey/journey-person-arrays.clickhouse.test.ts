import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempClickHouseStore } from '../../../test/helpers/temp-clickhouse-store.ts';
import { Ingestor } from '../../ingest/ingestor.ts';
import type { Store } from '../../store/store.ts';
import { type JourneySpecInput, JourneySpecSchema } from '../spec/journey-spec.ts';
import { ClickHouseDialect, clickhouseDialect } from '../sql/clickhouse/clickhouse-dialect.ts';
import { compileJourney } from './compile-journey.ts';
import { planJourney } from './journey-plan.ts';

/**
 * The per-person arrays against the window over all events, on the same engine and the same
 * random events: every journey must give the same row (reach, volume, conversions, medians,
 * moves). The scenario tables check both against hand-worked answers on a few persons; this
 * checks them against each other where the tables are thin — many events at one instant, an
 * event that is evidence of two stages, moves at the range's and the window's edges. Seeded, so
 * a failure reproduces.
 */
class WindowOnClickHouse extends ClickHouseDialect {
  override readonly capabilities = { ...clickhouseDialect.capabilities, arrayLambdas: false };
}
const window = new WindowOnClickHouse();

const SEED = 20261123;
const WS = 'journey-arrays';
const T0 = Date.parse('2026-03-02T09:00:00Z');
const NAMES = ['A', 'B', 'C', 'D', 'E'] as const;

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

/** 40 persons, 2–15 events each on a one-minute grid over 30 minutes: many ties, many edges. */
const messages = Array.from({ length: 40 }, (_, p) =>
  Array.from({ length: 2 + int(14) }, (_, i) => ({
    type: 'track',
    event: pick(NAMES),
    userId: `u${p}`,
    properties: { kind: pick(['x', 'y']) },
    messageId: `m${p}-${i}`,
    timestamp: new Date(T0 + int(30) * 60_000).toISOString(),
  })),
).flat();

/**
 * Four stages (one unmeasured): A and B, or A with kind x, in the first; C in the second; B (so
 * a B event is evidence of two stages), C with kind y and D in the last.
 */
const planned = planJourney('map-arrays', {
  stages: ['s1', 's2', 's3', 's4'].map((id) => ({ id, name: id })),
  touchpoints: [
    ['s1', { event: 'A', where: [] }],
    ['s1', { event: 'B', where: [] }],
    ['s1', { event: 'A', where: [{ property: 'kind', op: 'eq', value: 'x' }] }],
    ['s2', { event: 'C', where: [] }],
    ['s3', undefined],
    ['s4', { event: 'B', where: [] }],
    ['s4', { event: 'C', where: [{ property: 'kind', op: 'eq', value: 'y' }] }],
    ['s4', { event: 'D', where: [] }],
  ].map(([stageId, event], i) => ({ id: `t${i}`, stageId, channel: 'web', name: `t${i}`, event })),
} as Parameters<typeof planJourney>[1]);
if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
const plan = planned.plan;

/** Journeys with and without a range (inside the events' span) and a window of 1–15 minutes. */
function randomSpec(): Omit<JourneySpecInput, 'type' | 'mapId'> {
  const from = int(15);
  return {
    ...(random() < 0.5
      ? {
          range: {
            from: new Date(T0 + from * 60_000).toISOString(),
            to: new Date(T0 + (from + 1 + int(15)) * 60_000).toISOString(),
          },
        }
      : {}),
    ...(random() < 0.5 ? { window: { value: 1 + int(15), unit: 'minute' } } : {}),
  };
}
const specs = Array.from({ length: 16 }, randomSpec);

/** Floats rounded: medians of the same values may differ in the last bit. */
const normalised = (rows: Record<string, unknown>[]) =>
  rows.map((r) =>
    JSON.stringify(r, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v,
    ),
  );

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

describe('journeys: per-person arrays and the window agree on ClickHouse', () => {
  it.each(specs.map((s, i) => [i, s] as const))('random journey %i', async (_i, input) => {
    const spec = JourneySpecSchema.parse({ type: 'journey', mapId: 'map-arrays', ...input });
    const run = async (dialect: ClickHouseDialect) => {
      const { sql, params } = compileJourney(spec, plan, dialect, { workspaceId: WS });
      return normalised(await store.analytics.all(sql, params));
    };
    const fromArrays = await run(clickhouseDialect);
    expect(fromArrays).toHaveLength(1);
    expect(fromArrays[0]).toMatch(/"mn\d_\d":[1-9]/); // some move was counted
    expect(fromArrays).toEqual(await run(window));
  });
});
