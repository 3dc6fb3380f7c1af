import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelResult } from '../../src/analytics/funnel/funnel-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import { type WhereFilter, WhereSchema } from '../../src/analytics/spec/where-filter.ts';
import { BoundParams } from '../../src/analytics/sql/bound-params.ts';
import { compileWhere } from '../../src/analytics/sql/compile-filter.ts';
import { stitchedEvents } from '../../src/analytics/sql/stitched-events.ts';
import type { Ingestor } from '../../src/ingest/ingestor.ts';
import type { Store } from '../../src/store/store.ts';
import { startIngestor } from './run-scenario.ts';
import type { ScenarioEngine } from './scenario-engines.ts';

/**
 * Property names and values are data. Random hostile names and values — quotes, semicolons,
 * SQL comments, JSON-path syntax, pointer escapes, placeholders of other engines, unicode,
 * control characters — must never appear in the SQL text, and the queries must still find
 * exactly the events that carry them. Seeded, so a failure reproduces.
 */
const SEED = 20260302;
const CASES = 40;
const WS = 'fuzz';

const FRAGMENTS = [
  "'",
  '"',
  ';',
  "'); DROP TABLE events; --",
  '\\',
  '\\"',
  '$',
  '.',
  '[',
  ']',
  '[0]',
  '/',
  '~',
  '~0',
  '~1',
  '*',
  '%',
  '_',
  '--',
  '/*',
  '*/',
  '?',
  '$1',
  '{p1:String}',
  '\n',
  '\t',
  ' ',
  'ż',
  'Ω',
  '🚀',
  '\u202e',
  '$.a',
  '$."b"',
  'null',
  'SELECT',
  '\u0001',
];

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

interface Case {
  path: string[];
  value: string;
  /** Message ids: the event carrying path = value, one with another value, one with another key. */
  real: string;
  otherValue: string;
  otherKey: string;
}

const random = rng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
/** Hostile text with a unique token, so "the SQL does not contain it" means something. */
const hostile = (token: string) => {
  const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(FRAGMENTS));
  parts.splice(Math.floor(random() * (parts.length + 1)), 0, token);
  return parts.join('');
};
const nest = (path: string[], value: unknown): Record<string, unknown> =>
  path.reduceRight<Record<string, unknown>>(
    (inner, key, i) => ({ [key]: i === path.length - 1 ? value : inner }),
    {},
  );

const cases: Case[] = Array.from({ length: CASES }, (_, i) => {
  const depth = random() < 0.3 ? 2 : 1;
  const path = Array.from({ length: depth }, (_, d) => hostile(`k${i}q${d}z`));
  return {
    path,
    value: hostile(`v${i}w`),
    real: `real-${i}`,
    otherValue: `other-value-${i}`,
    otherKey: `other-key-${i}`,
  };
});

/**
 * The filter fuzz on one engine's store (compile-filter.fuzz.test.ts runs it on DuckDB,
 * compile-filter.fuzz.clickhouse.test.ts on ClickHouse): queries are compiled with the store's
 * dialect and run on its analytics reader.
 */
export function describeFilterFuzz(engine: ScenarioEngine): void {
  let temp: Awaited<ReturnType<ScenarioEngine['open']>>;
  let store: Store;
  let ingestor: Ingestor;

  beforeAll(async () => {
    temp = await engine.open();
    store = temp.store;
    ingestor = await startIngestor(store);
    const timestamp = '2026-03-02T09:00:00Z';
    const messages = cases.flatMap((c, i) => {
      const last = c.path.length - 1;
      const nearKey = [...c.path.slice(0, last), c.path[last] + pick(['/', '~', '.', '"', ' '])];
      return [
        {
          type: 'identify',
          userId: `fz-${i}`,
          traits: { [c.path[0]!]: c.value },
          messageId: `id-${i}`,
          timestamp,
        },
        {
          type: 'track',
          event: 'Fuzz',
          userId: `fz-${i}`,
          properties: nest(c.path, c.value),
          messageId: c.real,
          timestamp,
        },
        {
          type: 'track',
          event: 'Fuzz',
          userId: `fz-${i}-b`,
          properties: nest(c.path, `${c.value}!`),
          messageId: c.otherValue,
          timestamp,
        },
        {
          type: 'track',
          event: 'Fuzz',
          userId: `fz-${i}-c`,
          properties: nest(nearKey, c.value),
          messageId: c.otherKey,
          timestamp,
        },
      ];
    });
    const result = await ingestor.ingest(WS, messages, { receivedAt: new Date() });
    expect(result.rejected).toEqual([]);
  });
  afterAll(() => temp?.dispose());

  const allFuzzEvents = cases.flatMap((c) => [c.real, c.otherValue, c.otherKey]).sort();

  async function matching(filter: WhereFilter, c: Case): Promise<string[]> {
    const q = new BoundParams(store.analytics.dialect);
    const src = stitchedEvents(q, WS, { withTraits: true });
    const cond = compileWhere(WhereSchema.parse([filter]), { q, columns: src.columns, personas: new Map() });
    const sql = `SELECT e.message_id AS id FROM ${src.from} WHERE ${src.where} AND e.event = 'Fuzz' AND ${cond} ORDER BY 1`;
    for (const text of [...c.path, c.value]) expect(sql.includes(text), 'user text in SQL').toBe(false);
    expect(sql).not.toMatch(/k\d+q\d+z|v\d+w/);
    return (await store.analytics.all(sql, q.values)).map((r) => String(r.id));
  }

  describe(`filter compiler under hostile names and values, on ${engine.name}`, () => {
    it.each(cases.map((c, i) => [i, c] as const))('case %i', async (_i, c) => {
      const name = c.path.length === 1 ? c.path[0]! : c.path;
      const onProperty = (f: Record<string, unknown>) => ({ on: 'property', name, ...f }) as WhereFilter;
      expect(await matching(onProperty({ op: 'eq', value: c.value }), c)).toEqual([c.real]);
      expect(await matching(onProperty({ op: 'in', value: [c.value, `${c.value}?`] }), c)).toEqual([c.real]);
      // The other value extends this one, so it contains it too.
      expect(await matching(onProperty({ op: 'contains', value: c.value }), c)).toEqual(
        [c.real, c.otherValue].sort(),
      );
      expect(await matching(onProperty({ op: 'is_set' }), c)).toEqual([c.real, c.otherValue].sort());
      expect(await matching(onProperty({ op: 'neq', value: c.value }), c)).toEqual(
        allFuzzEvents.filter((id) => id !== c.real),
      );
      // Traits were set by identify under the first key, on the person who sent the real event.
      expect(await matching({ on: 'trait', name: c.path[0]!, op: 'eq', value: c.value }, c)).toEqual([
        c.real,
      ]);
    });

    it('runs whole funnels on hostile names and returns hostile breakdown values intact', async () => {
      for (const c of cases.filter((_, i) => i % 8 === 0)) {
        const name = c.path.length === 1 ? c.path[0]! : c.path;
        const outcome = await runQuery(store, WS, {
          type: 'funnel',
          steps: [{ event: 'Fuzz', where: [{ name, op: 'is_set' }] }, { event: 'Fuzz' }],
          breakdown: { on: 'property', name },
        });
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
        const result = outcome.result as FunnelResult;
        // The real and the other-value events enter; each person has one event, so none converts.
        expect(result.steps.map((s) => s.count)).toEqual([2, 0]);
        expect(result.breakdown?.map((g) => g.value).sort()).toEqual([c.value, `${c.value}!`].sort());
      }
    });
  });
}
