import { openClickHouseStore } from './clickhouse/clickhouse-store.ts';
import { parseClickHouseUrl } from './clickhouse/clickhouse-url.ts';
import { HttpClickHouseDriver } from './clickhouse/http-driver.ts';
import { openDuckDBStore } from './duckdb/duckdb-store.ts';
import type { Store } from './store.ts';

export const DEFAULT_STORE = 'duckdb:./data/journeylens.duckdb';

/** Settings a DuckDB store URL may carry, e.g. `duckdb:./x.duckdb?memory_limit=2GB&threads=2`. */
const DUCKDB_SETTINGS: Record<string, RegExp> = {
  memory_limit: /^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i,
  threads: /^\d{1,3}$/,
};

function duckdbSettings(query: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const pattern = DUCKDB_SETTINGS[name];
    if (!pattern)
      throw new Error(
        `Unknown DuckDB store setting "${name}"; known: ${Object.keys(DUCKDB_SETTINGS).join(', ')}`,
      );
    if (!pattern.test(value)) throw new Error(`Invalid value "${value}" for DuckDB store setting ${name}`);
    settings[name] = value;
  }
  return settings;
}

/**
 * Opens the store a URL names: `duckdb:PATH` (embedded, the default), or
 * `clickhouse://user:password@host:8123/database` (events, persons and analytics on ClickHouse;
 * workspaces, keys and maps in the DuckDB store its `metadata` option names, see
 * clickhouse-url.ts). The scale-out `clickhouse+postgres://…` store plugs in here too.
 */
export async function openStore(url: string): Promise<Store> {
  const match = /^([a-z+]+):(.*)$/.exec(url);
  const scheme = match?.[1];
  const rest = match?.[2] ?? '';
  if (scheme === 'duckdb') {
    const [path = '', query = ''] = rest.split('?', 2);
    if (path.length === 0) {
      throw new Error('The store URL "duckdb:" needs a file path, e.g. duckdb:./data/journeylens.duckdb');
    }
    return openDuckDBStore(path, duckdbSettings(query));
  }
  if (scheme === 'clickhouse') {
    const config = parseClickHouseUrl(url);
    const metadata = await openStore(config.metadata);
    const driver = new HttpClickHouseDriver(config.driver);
    return openClickHouseStore({ driver, metadata, description: config.description }).catch(async (err) => {
      await driver.close().catch(() => undefined);
      await metadata.close().catch(() => undefined);
      throw err;
    });
  }
  throw new Error(
    `Unknown store "${url}". Use duckdb:PATH (for example ${DEFAULT_STORE}) or clickhouse://user:password@host:8123/database.`,
  );
}
