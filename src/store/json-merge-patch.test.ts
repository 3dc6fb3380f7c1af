import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.ts';
import { diffPatch, foldsToItself, mergePatch, textFoldsToItself } from './json-merge-patch.ts';

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

describe('textFoldsToItself', () => {
  const folded = (text: string) => JSON.stringify(mergePatch({}, JSON.parse(text)));

  it('takes traits as SDKs send them, and refuses every text folding would change', () => {
    for (const text of [
      '{}',
      '{"email":"p0@example.com","plan":"pro"}',
      '{"name":"Łucja Żółć","home":"🏠","age":41,"vip":true,"debt":-3,"n":0}',
      '{"":"empty key","a1":"x"}',
      `{${Array.from({ length: 31 }, (_, i) => `"k${i}":1`).join(',')}}`, // the most keys it takes
    ]) {
      expect(textFoldsToItself(text), text).toBe(true);
      expect(folded(text)).toBe(text);
    }
    for (const text of [
      '{"plan":null}', // a removal
      '{"a":{"b":1}}', // nested
      '{"a":[1]}',
      '{ "a":1}', // spacing
      '{"a":1 }',
      '{"a":"\\u0041"}', // an escape, written back as the character
      '{"a\\"":1}',
      '{"a":1,"a":2}', // a repeated key: the last one wins
      '{"__proto__":1}',
      '{"2":1,"b":2}', // array-index keys come first
      '{"a":1.50}', // numbers JSON.stringify writes otherwise
      '{"a":1e3}',
      '{"a":-0}',
      '{"a":01}',
      '{"a":1234567890123456789}',
      '{"a":"x"}{',
      '{"a":"x"',
      '[1]',
      '"x"',
      `{${Array.from({ length: 40 }, (_, i) => `"k${i}":1`).join(',')}}`, // many keys: folded instead
      `{${Array.from({ length: 32 }, (_, i) => `"k${i}":1`).join(',')}}`, // one past the most, 31
    ]) {
      expect(textFoldsToItself(text), text).toBe(false);
    }
  });

  it('is never wrong about 5,000 random texts', () => {
    const r = seededRandom(23);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const keys = ['plan', 'email', 'plan', '__proto__', '7', '07', 'ä', 'a b', ''];
    const values = [
      '"pro"',
      '"Kraków"',
      '"a\\u00e9"',
      '"\\ud83c\\udfe0"',
      'true',
      'false',
      'null',
      '0',
      '-7',
      '12',
      '1.5',
      '1.0',
      '2e2',
      '-0',
      '123456789012345',
      '1234567890123456',
      '{"x":1}',
      '[]',
      '" sp "',
    ];
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const members = Array.from(
        { length: Math.floor(r() * 4) },
        () => `${JSON.stringify(pick(keys))}:${pick(values)}`,
      );
      let text = `{${members.join(',')}}`;
      if (r() < 0.1) text = text.replace(':', ': ');
      if (textFoldsToItself(text)) {
        expect(folded(text), text).toBe(text);
        accepted++;
      }
    }
    // Most of the random texts hold some value or key it refuses; enough get through to count.
    expect(accepted).toBeGreaterThan(500);
  });
});
