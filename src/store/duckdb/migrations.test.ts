import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, it } from 'vitest';
import { openDuckDBStore } from './duckdb-store.ts';
import { MIGRATIONS } from './migrations.ts';

it('applies each migration once, at the first start, and keeps data across restarts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-migrate-'));
  const path = join(dir, 'm.duckdb');
  try {
    const first = await openDuckDBStore(path);
    await first.workspaces.create({ id: 'w1', name: 'One', slug: 'one' });
    await first.close();
    const second = await openDuckDBStore(path); // must not fail on existing tables
    expect((await second.workspaces.list()).map((w) => w.id)).toEqual(['w1']);
    await second.close();

    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    const rows = (
      await conn.runAndReadAll('SELECT version FROM schema_migrations ORDER BY version')
    ).getRowObjectsJS();
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    conn.closeSync();
    instance.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('numbers migrations strictly increasing, so their order is unambiguous', () => {
  const versions = MIGRATIONS.map((m) => m.version);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(new Set(versions).size).toBe(versions.length);
});
