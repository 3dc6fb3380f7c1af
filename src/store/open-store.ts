import { openDuckDBStore } from './duckdb/duckdb-store.ts';
import type { Store } from './store.ts';

export const DEFAULT_STORE = 'duckdb:./data/journeylens.duckdb';

/**
 * Opens the store a URL names: `duckdb:PATH` (embedded, the default). The scale-out
 * `clickhouse+postgres://…` store plugs in here without changing any caller.
 */
export async function openStore(url: string): Promise<Store> {
  const match = /^([a-z+]+):(.*)$/.exec(url);
  const scheme = match?.[1];
  const rest = match?.[2] ?? '';
  if (scheme === 'duckdb') {
    if (rest.length === 0)
      throw new Error('The store URL "duckdb:" needs a file path, e.g. duckdb:./data/journeylens.duckdb');
    return openDuckDBStore(rest);
  }
  throw new Error(`Unknown store "${url}". Use duckdb:PATH (for example ${DEFAULT_STORE}).`);
}
