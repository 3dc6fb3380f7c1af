import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestScenario, startIngestor } from '../../../test/analytics/run-scenario.ts';
import { DAY, HOUR, track } from '../../../test/analytics/scenario-events.ts';
import { tempStore } from '../../../test/helpers/temp-store.ts';
import type { Store } from '../../store/store.ts';
import { type RetentionSpecInput, RetentionSpecSchema } from '../spec/retention-spec.ts';
import { DuckDBDialect } from '../sql/duckdb/duckdb-dialect.ts';
import { runRetention } from './run-retention.ts';

const WS = 'retention-run';
let temp: Awaited<ReturnType<typeof tempStore>>;
let store: Store;

// Time zero is Monday 2 March 2026, 09:00 UTC. ala is active on days 0, 1, 2 and 27 (29 March,
// the day Warsaw moves to summer time); bo on days 1 and 28.
beforeAll(async () => {
  temp = await tempStore();
  store = temp.store;
  await ingestScenario(store, await startIngestor(store), WS, [
    ...[0, 1, 2, 27].map((d) => track('ala', d * DAY, 'Active')),
    ...[1, 28].map((d) => track('bo', d * DAY - 10 * HOUR, 'Active')),
  ]);
});
afterAll(() => temp.dispose());

const run = (input: Omit<RetentionSpecInput, 'type'>, now: Date, reader = store.analytics) =>
  runRetention(reader, WS, RetentionSpecSchema.parse({ type: 'retention', ...input }), new Map(), now);

/** The same engine, asked to convert every event's time zone itself. */
class FastZoneDuckDB extends DuckDBDialect {
  override readonly capabilities = { nativeWindowFunnel: false, fastTimeZones: true };
}

describe('runRetention', () => {
  it('leaves out periods that have not begun when the query runs', async () => {
    // Noon on 4 March: day 0 (2 March) has seen 3 periods begin, day 1 two (3 and 4 March).
    const result = await run(
      {
        start: { event: 'Active' },
        period: 'day',
        periods: 5,
        kind: 'recurring',
        range: { from: '2026-03-01T00:00:00Z', to: '2026-03-04T00:00:00Z' },
      },
      new Date('2026-03-04T12:00:00Z'),
    );
    // bo's first event, at 23:00 UTC on 2 March, puts him in the day-0 cohort; his next is 27
    // days later. ala is back on days 1 and 2 (her day-2 event is after the range: a return).
    expect(result.cohorts.map((c) => [c.start, c.values])).toEqual([
      ['2026-03-02T00:00:00.000Z', [2, 1, 1]],
      ['2026-03-03T00:00:00.000Z', [1, 1]],
    ]);
  });

  it('gives the same cohorts whether it buckets quarter hours or every event', async () => {
    const spec = {
      start: { event: 'Active' },
      period: 'day',
      periods: 30,
      timezone: 'Europe/Warsaw',
    } as const;
    const now = new Date('2026-06-01T00:00:00Z');
    const slots = await run(spec, now);
    const direct = await run(spec, now, { dialect: new FastZoneDuckDB(), all: store.analytics.all });
    expect(direct).toEqual(slots);
    // bo's first event, 23:00 UTC on 2 March, is already 3 March in Warsaw (UTC+1).
    expect(slots.cohorts.map((c) => c.start)).toEqual([
      '2026-03-01T23:00:00.000Z',
      '2026-03-02T23:00:00.000Z',
    ]);
    // Both come back 27 local days on, across the 23-hour day of 29 March.
    expect(slots.cohorts.map((c) => c.values[27])).toEqual([1, 1]);
    expect(slots.cohorts.map((c) => c.values.reduce((a, b) => a + b, 0))).toEqual([4, 2]);
  });

  it('gives no cohorts in a workspace without events', async () => {
    const empty = await runRetention(
      store.analytics,
      'nobody',
      RetentionSpecSchema.parse({
        type: 'retention',
        start: { event: 'Active' },
        breakdown: { on: 'field', name: 'channel' },
      }),
      new Map(),
    );
    expect(empty).toEqual({ cohorts: [], breakdown: [] });
  });
});
