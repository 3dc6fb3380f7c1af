import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openStore } from './open-store.ts';

it('opens a DuckDB store with validated settings from the URL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-open-'));
  try {
    const store = await openStore(`duckdb:${join(dir, 'x.duckdb')}?memory_limit=256MB&threads=1`);
    expect(store.description).toBe(`duckdb:${join(dir, 'x.duckdb')}`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it.each([
  ['duckdb:', /needs a file path/],
  ['duckdb:./x.duckdb?memory_limit=lots', /Invalid value "lots" for DuckDB store setting memory_limit/],
  ['duckdb:./x.duckdb?enable_external_access=true', /Unknown DuckDB store setting "enable_external_access"/],
  ['postgres://localhost/db', /Unknown store/],
])('refuses %s with a message that says what is wrong', async (url, message) => {
  await expect(openStore(url)).rejects.toThrow(message);
});
