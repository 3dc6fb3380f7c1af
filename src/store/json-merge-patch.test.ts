import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergePatch } from './json-merge-patch.ts';

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
