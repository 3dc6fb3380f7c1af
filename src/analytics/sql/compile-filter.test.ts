import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestScenario, startIngestor } from '../../../test/analytics/run-scenario.ts';
import { identify, track } from '../../../test/analytics/scenario-events.ts';
import { tempStore } from '../../../test/helpers/temp-store.ts';
import { exampleMap } from '../../model/example-map.ts';
import type { Store } from '../../store/store.ts';
import { type WhereFilter, WhereSchema } from '../spec/where-filter.ts';
import { BoundParams } from './bound-params.ts';
import { compileWhere, personaKey } from './compile-filter.ts';
import { duckdbDialect } from './duckdb/duckdb-dialect.ts';
import { stitchedEvents } from './stitched-events.ts';

const WS = 'filters';
let temp: Awaited<ReturnType<typeof tempStore>>;
let store: Store;

const persona = exampleMap().personas[0]!;
const personas = new Map([[personaKey('map-shop', persona.id), persona.segment!]]);

beforeAll(async () => {
  temp = await tempStore();
  store = temp.store;
  const ingestor = await startIngestor(store);
  // Events are named after what makes them different; message ids are `filters-<index>`.
  await ingestScenario(store, ingestor, WS, [
    identify(null, 'kasia', 0, { age: 30, plan: 'pro', email: 'k@example.com' }), // 0
    track('kasia', 1, 'e1', {
      properties: {
        plan: 'pro',
        price: 10,
        tags: ['a', 'b'],
        flag: true,
        title: 'Running Shoes',
        address: { city: 'Kraków' },
      },
      channel: 'email',
    }), // 1
    track('olga', 2, 'e2', { properties: { plan: 'free', price: '20', flag: false }, channel: 'web' }), // 2
    track('olga', 3, 'e3', { properties: { plan: null, price: 5.5 }, channel: 'web' }), // 3
    track('tom', 4, 'e4', { channel: 'app' }), // 4
  ]);
});
afterAll(() => temp.dispose());

/** The track events (e1…e4) that pass `where`. */
async function matching(where: unknown[]): Promise<string[]> {
  const q = new BoundParams(duckdbDialect);
  const src = stitchedEvents(q, WS, { withTraits: true });
  const cond = compileWhere(WhereSchema.parse(where), { q, columns: src.columns, personas });
  const rows = await store.analytics.all(
    `SELECT e.event FROM ${src.from} WHERE ${src.where} AND e.type = 'track' AND ${cond} ORDER BY e.event`,
    q.values,
  );
  return rows.map((r) => String(r.event));
}

describe('compileWhere', () => {
  it('writes names and values only as bound parameters', () => {
    const q = new BoundParams(duckdbDialect);
    const src = stitchedEvents(q, WS, { withTraits: false });
    const filters: WhereFilter[] = [{ on: 'property', name: ['address', 'city'], op: 'eq', value: 'Kraków' }];
    expect(compileWhere(filters, { q, columns: src.columns, personas })).toBe(
      '(json_extract_string(e.properties, CAST($2 AS VARCHAR)) = CAST($3 AS VARCHAR))',
    );
    expect(q.values).toEqual([WS, '/address/city', 'Kraków']);
  });

  it('is TRUE for no conditions', () => {
    const q = new BoundParams(duckdbDialect);
    expect(
      compileWhere([], { q, columns: stitchedEvents(q, WS, { withTraits: false }).columns, personas }),
    ).toBe('TRUE');
  });

  it('eq / neq: strings as text; neq also matches when not set', async () => {
    expect(await matching([{ name: 'plan', op: 'eq', value: 'pro' }])).toEqual(['e1']);
    expect(await matching([{ name: 'plan', op: 'neq', value: 'pro' }])).toEqual(['e2', 'e3', 'e4']);
  });

  it('numbers compare numerically, also when sent as text', async () => {
    expect(await matching([{ name: 'price', op: 'eq', value: 20 }])).toEqual(['e2']);
    expect(await matching([{ name: 'price', op: 'gt', value: 6 }])).toEqual(['e1', 'e2']);
    expect(await matching([{ name: 'price', op: 'lte', value: 5.5 }])).toEqual(['e3']);
    expect(await matching([{ name: 'price', op: 'in', value: [10, 5.5] }])).toEqual(['e1', 'e3']);
  });

  it('in / not_in mix strings and numbers; not_in matches unset values', async () => {
    expect(await matching([{ name: 'plan', op: 'in', value: ['pro', 'free'] }])).toEqual(['e1', 'e2']);
    expect(await matching([{ name: 'price', op: 'in', value: ['20', 10] }])).toEqual(['e1', 'e2']);
    expect(await matching([{ name: 'plan', op: 'not_in', value: ['pro'] }])).toEqual(['e2', 'e3', 'e4']);
  });

  it('booleans compare with their JSON text', async () => {
    expect(await matching([{ name: 'flag', op: 'eq', value: true }])).toEqual(['e1']);
    expect(await matching([{ name: 'flag', op: 'eq', value: false }])).toEqual(['e2']);
  });

  it('strings compare as text for gt…lte', async () => {
    // 'pro' > 'g', 'free' < 'g'.
    expect(await matching([{ name: 'plan', op: 'gt', value: 'g' }])).toEqual(['e1']);
  });

  it('contains: array element or case-insensitive substring', async () => {
    expect(await matching([{ name: 'tags', op: 'contains', value: 'a' }])).toEqual(['e1']);
    expect(await matching([{ name: 'title', op: 'contains', value: 'SHOE' }])).toEqual(['e1']);
  });

  it('is_set / is_not_set: JSON null is not set', async () => {
    expect(await matching([{ name: 'plan', op: 'is_set' }])).toEqual(['e1', 'e2']);
    expect(await matching([{ name: 'plan', op: 'is_not_set' }])).toEqual(['e3', 'e4']);
  });

  it('nested paths and combined conditions', async () => {
    expect(await matching([{ name: ['address', 'city'], op: 'eq', value: 'Kraków' }])).toEqual(['e1']);
    expect(
      await matching([
        { name: 'price', op: 'is_set' },
        { on: 'field', name: 'channel', op: 'eq', value: 'web' },
      ]),
    ).toEqual(['e2', 'e3']);
  });

  it('fields: typed event columns', async () => {
    expect(await matching([{ on: 'field', name: 'channel', op: 'in', value: ['email', 'app'] }])).toEqual([
      'e1',
      'e4',
    ]);
    expect(await matching([{ on: 'field', name: 'channel', op: 'contains', value: 'EB' }])).toEqual([
      'e2',
      'e3',
    ]);
  });

  it('traits and personas read the stitched person’s current traits', async () => {
    expect(await matching([{ on: 'trait', name: 'age', op: 'gte', value: 18 }])).toEqual(['e1']);
    expect(await matching([{ on: 'persona', map: 'map-shop', op: 'eq', value: persona.id }])).toEqual(['e1']);
    expect(await matching([{ on: 'persona', map: 'map-shop', op: 'not_in', value: [persona.id] }])).toEqual([
      'e2',
      'e3',
      'e4',
    ]);
  });

  it('refuses a persona that was not resolved first', () => {
    const q = new BoundParams(duckdbDialect);
    const ctx = { q, columns: stitchedEvents(q, WS, { withTraits: true }).columns, personas: new Map() };
    expect(() => compileWhere([{ on: 'persona', map: 'm', op: 'eq', value: 'p' }], ctx)).toThrow(
      /not resolved/,
    );
  });
});
