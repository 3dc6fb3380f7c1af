import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { setProgressTracking, withQueryProgress } from './query-progress.ts';

const dir = mkdtempSync(join(tmpdir(), 'journeylens-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withQueryProgress', () => {
  it('reports a long read between 0 and 1, never backwards; tracking goes back to its default after', async () => {
    // 2,000,000 lines: long enough for several polls 5 ms apart.
    const path = join(dir, 'lines.csv');
    writeFileSync(path, Array.from({ length: 2_000_000 }, (_, i) => `${i},row-${i}`).join('\n'));
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      const setting = async (name: string) =>
        (await conn.runAndReadAll(`SELECT current_setting('${name}') AS v`)).getRowObjects()[0]!.v;
      const before = [await setting('enable_progress_bar'), await setting('enable_progress_bar_print')];
      const seen: number[] = [];
      await setProgressTracking(conn, true);
      const reader = await withQueryProgress(
        conn,
        () =>
          conn.runAndReadAll(
            `SELECT count(*) AS n, sum(i) AS total FROM read_csv('${path}', columns = {'i': 'BIGINT', 's': 'VARCHAR'}, header = false)`,
          ),
        (f) => seen.push(f),
        5,
      );
      // The statement's own answer comes back: 0 + 1 + … + 1,999,999.
      expect(reader.getRowObjectsJson()[0]).toEqual({ n: '2000000', total: '1999999000000' });
      expect(seen.length).toBeGreaterThanOrEqual(1);
      expect(seen.every((f) => f > 0 && f <= 1)).toBe(true);
      // A bar that moves before the end, not one jump to full.
      expect(seen.some((f) => f < 0.9)).toBe(true);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(new Set(seen).size).toBe(seen.length);
      await setProgressTracking(conn, false);
      expect([await setting('enable_progress_bar'), await setting('enable_progress_bar_print')]).toEqual(
        before,
      );
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
