import { openClickHouseStore } from '../../src/store/clickhouse/clickhouse-store.ts';
import { openDuckDBStore } from '../../src/store/duckdb/duckdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { type ChdbDriver, openChdb } from './chdb-driver.ts';

/**
 * A fresh ClickHouse store on the embedded engine (chdb) in a temp folder, with its metadata
 * (workspaces, keys, maps) in an in-memory DuckDB store, as `clickhouse://…` stores keep it until
 * the PostgreSQL metadata store exists. `dispose()` closes both and removes the folder.
 * chdb loads a ~550 MB library: one per test file.
 */
export async function tempClickHouseStore(): Promise<{
  store: Store;
  driver: ChdbDriver;
  dispose(): Promise<void>;
}> {
  const chdb = await openChdb();
  const metadata = await openDuckDBStore(':memory:');
  const store = await openClickHouseStore({ driver: chdb.driver, metadata, description: 'clickhouse:chdb' });
  return {
    store,
    driver: chdb.driver,
    dispose: async () => {
      await metadata.close().catch(() => undefined);
      await chdb.dispose();
    },
  };
}
