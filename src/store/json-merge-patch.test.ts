import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.ts';
import { diffPatch, foldsToItself, mergePatch } from './json-merge-patch.ts';

let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
});
afterAll(() => instance.closeSync());

/** DuckDB's own json_merge_patch, the reference mergePatch must match. */
async function duckdbMergePatch(target: unknown, patch: unknown): Promise<unknown> {
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll('SELECT json_merge_patch(?::JSON, ?::JSON)::VARCHAR AS v', [
      JSON.stringify(target),
      JSON.stringify(patch),
    ]);
    return JSON.parse(String(reader.getRowObjectsJS()[0]?.v));
  } finally {
    conn.closeSync();
  }
}

describe('mergePatch', () => {
  // Cases from RFC 7396, appendix A, plus traits as SDKs send them.
  const cases: [unknown, unknown, unknown][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
    [
      {},
      { plan: 'pro', email: 'k@example.com', age: 30, vip: true, tags: [null, 'x'] },
      { plan: 'pro', email: 'k@example.com', age: 30, vip: true, tags: [null, 'x'] },
    ],
    [{}, { gone: null, kept: 1 }, { kept: 1 }],
  ];
  it.each(cases)('merges %j with %j as RFC 7396 and DuckDB do', async (target, patch, expected) => {
    expect(mergePatch(target, patch)).toEqual(expected);
    expect(await duckdbMergePatch(target, patch)).toEqual(expected);
  });
});

describe('diffPatch', () => {
  /** Random traits-like documents: nested objects, arrays, scalars, no nulls inside. */
  function randomDoc(r: () => number, depth = 0): Record<string, unknown> {
    const doc: Record<string, unknown> = {};
    const keys = ['plan', 'email', 'address', 'tags', 'age', 'prefs', 'constructor', 'vip'];
    for (const key of keys) {
      if (r() < 0.45) continue;
      const kind = r();
      if (kind < 0.3 && depth < 2) doc[key] = randomDoc(r, depth + 1);
      else if (kind < 0.45) doc[key] = [Math.floor(r() * 3), 'x', { y: 1 }];
      else if (kind < 0.6) doc[key] = r() < 0.5;
      else if (kind < 0.8) doc[key] = Math.floor(r() * 4);
      else doc[key] = ['free', 'pro', ''][Math.floor(r() * 3)];
    }
    return doc;
  }

  it('takes any stored value to any other, as mergePatch and DuckDB apply it (300 random pairs)', async () => {
    const r = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const from = randomDoc(r);
      const to = randomDoc(r);
      const patch = diffPatch(from, to);
      expect(mergePatch(from, patch), JSON.stringify({ from, to })).toEqual(to);
      if (i < 30) expect(await duckdbMergePatch(from, patch)).toEqual(to);
    }
  });

  it('says only what changed', () => {
    expect(diffPatch({ a: 1, b: { c: 2 } }, { b: { c: 2, d: 3 } })).toEqual({ a: null, b: { d: 3 } });
    expect(diffPatch({ plan: 'pro', tags: [1] }, { plan: 'pro', tags: [1] })).toEqual({});
    expect(diffPatch({ a: { b: 1 } }, { a: 'flat' })).toEqual({ a: 'flat' });
  });
});

describe('foldsToItself', () => {
  it('says which patches mergePatch leaves as they are on nothing', () => {
    expect(foldsToItself({ plan: 'pro', tags: [null, 'x'], address: { city: 'Kraków' } })).toBe(true);
    expect(foldsToItself({ plan: null })).toBe(false);
    expect(foldsToItself({ address: { city: null } })).toBe(false);
    expect(foldsToItself(JSON.parse('{"a":{"__proto__":{"x":1}}}'))).toBe(false);
    expect(foldsToItself(JSON.parse('{"__proto__":1}'))).toBe(false);
  });

  it('is right about 2,000 random patches, nulls and __proto__ keys among them', () => {
    const r = seededRandom(11);
    const keys = ['plan', 'email', '__proto__', 'address', 'constructor', 'tags'];
    const value = (depth: number): string => {
      const kind = r();
      if (kind < 0.15) return 'null';
      if (kind < 0.35 && depth < 3) return object(depth + 1);
      if (kind < 0.45) return '[null,{"a":null},1]';
      return JSON.stringify(['free', 'pro', 3, true][Math.floor(r() * 4)]);
    };
    const object = (depth: number): string =>
      `{${keys
        .filter(() => r() < 0.4)
        .map((k) => `${JSON.stringify(k)}:${value(depth)}`)
        .join(',')}}`;
    let itself = 0;
    for (let i = 0; i < 2000; i++) {
      const text = object(0);
      const same = JSON.stringify(mergePatch({}, JSON.parse(text))) === JSON.stringify(JSON.parse(text));
      // Never claims a patch folds into itself when it does not; rarely misses one that does.
      if (foldsToItself(JSON.parse(text))) {
        expect(same, text).toBe(true);
        itself++;
      }
    }
    expect(itself).toBeGreaterThan(200);
  });
});
