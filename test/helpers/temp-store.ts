import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDBStore } from '../../src/store/duckdb/duckdb-store.ts';
import type { Store } from '../../src/store/store.ts';

/** A fresh DuckDB store in its own temp folder; `dispose()` closes it and removes the folder. */
export async function tempStore(): Promise<{
  store: Store;
  dir: string;
  path: string;
  dispose(): Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-test-'));
  const path = join(dir, 'test.duckdb');
  const store = await openDuckDBStore(path);
  return {
    store,
    dir,
    path,
    dispose: async () => {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
