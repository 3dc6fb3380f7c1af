import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { bulkPersonId, bulkPersonIdPrefix, bulkPersonIdSql } from './bulk-person-ids.ts';

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('bulk person ids', () => {
  it('are version-8 UUIDs, distinct per load and per index', () => {
    const prefixes = Array.from({ length: 1000 }, bulkPersonIdPrefix);
    expect(new Set(prefixes).size).toBe(1000);
    const p = prefixes[0]!;
    for (const index of [0, 1, 255, 2 ** 32, 2 ** 48 - 1]) expect(bulkPersonId(p, index)).toMatch(UUID_V8);
    expect(bulkPersonId(p, 0)).toBe(`${p}000000000000`);
    expect(bulkPersonId(p, 255)).toBe(`${p}0000000000ff`);
  });

  it('are what the store computes in SQL from the prefix and the index', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const p = bulkPersonIdPrefix();
    const indexes = [0, 9, 10, 4095, 2 ** 31 - 1, 2 ** 40 + 7];
    const rows = (
      await conn.runAndReadAll(
        `SELECT ${bulkPersonIdSql('$1', 'i')} AS id FROM unnest([${indexes.join(', ')}]::BIGINT[]) t(i)`,
        [p],
      )
    ).getRowObjectsJS();
    expect(rows.map((r) => r.id)).toEqual(indexes.map((i) => bulkPersonId(p, i)));
    conn.closeSync();
    instance.closeSync();
  });
});
