import { join } from 'node:path';
import { DuckDBInstance, quotedString } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnknownColumnsError } from './columns.ts';
import { countParquetRows, readParquet } from './parquet-reader.ts';
import { collect, makeTempDir } from './test-helpers.ts';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir();
});
afterAll(() => tmp.remove());

/** Writes a Parquet fixture with DuckDB itself: `COPY (select) TO path (FORMAT parquet)`. */
async function writeParquet(name: string, select: string): Promise<string> {
  const path = join(tmp.dir, name);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // COPY … TO takes no parameters, so the path goes in as an escaped SQL string literal.
  await connection.run(`COPY (${select}) TO ${quotedString(path)} (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
  return path;
}

describe('readParquet', () => {
  it('round-trips nested properties, maps, JSON columns, timestamps and bigints', async () => {
    const path = await writeParquet(
      'events.parquet',
      `SELECT 'track' AS type, 'Order Completed' AS event, 'u' || i AS userId,
              TIMESTAMP '2024-05-01 10:00:00.250' + INTERVAL (i) MINUTE AS timestamp,
              TIMESTAMPTZ '2024-05-01 12:00:00+02' AS sentAt,
              {'total': 99.5::DECIMAL(10,2), 'items': i::BIGINT, 'huge': 9007199254740993::BIGINT,
               'cart': {'skus': ['a', 'b']}, 'at': DATE '2024-05-01'} AS properties,
              MAP {'tier': 'gold'} AS traits,
              '{"page":{"path":"/checkout"}}'::JSON AS context,
              CASE WHEN i = 1 THEN 'promo' END AS "properties.coupon"
       FROM range(3) t(i)`,
    );
    const items = await collect(readParquet(path));
    expect(items.map((i) => i.line)).toEqual([1, 2, 3]);
    expect(items[1]?.message).toEqual({
      type: 'track',
      event: 'Order Completed',
      userId: 'u1',
      timestamp: '2024-05-01T10:01:00.250Z',
      sentAt: '2024-05-01T10:00:00.000Z',
      properties: {
        total: 99.5,
        items: 1,
        huge: '9007199254740993',
        cart: { skus: ['a', 'b'] },
        at: '2024-05-01',
        coupon: 'promo',
      },
      traits: { tier: 'gold' },
      context: { page: { path: '/checkout' } },
    });
    // NULL cells are absent
    expect(items[0]?.message).toMatchObject({ properties: { items: 0 } });
    expect(items[0]?.message).not.toHaveProperty('properties.coupon');
    expect(JSON.parse(items[0]?.raw ?? '')).toMatchObject({ event: 'Order Completed', userId: 'u0' });
    expect(await countParquetRows(path)).toBe(3);
  });

  it('streams many chunks in row order', async () => {
    const path = await writeParquet(
      'many.parquet',
      `SELECT 'E' AS event, 'u' || i AS userId FROM range(10000) t(i)`,
    );
    let expected = 0;
    for await (const item of readParquet(path)) {
      expect((item.message as { userId: string }).userId).toBe(`u${expected}`);
      expected++;
      expect(item.line).toBe(expected);
    }
    expect(expected).toBe(10000);
  });

  it('reports an invalid JSON properties column as a row error', async () => {
    const path = await writeParquet(
      'badjson.parquet',
      `SELECT 'E' AS event, 'u1' AS userId, '{oops' AS properties`,
    );
    const [item] = await collect(readParquet(path));
    expect(item?.error).toMatch(/^invalid JSON in column properties: /);
  });

  it('fails up front on unknown columns', async () => {
    const path = await writeParquet('unknown.parquet', `SELECT 'E' AS event, 'u1' AS user_id`);
    await expect(collect(readParquet(path))).rejects.toThrow(UnknownColumnsError);
  });

  it('binds the path, so quotes in a file name are harmless', async () => {
    const path = await writeParquet(`it's "x".parquet`, `SELECT 'E' AS event, 'u1' AS userId`);
    expect((await collect(readParquet(path))).length).toBe(1);
  });
});
