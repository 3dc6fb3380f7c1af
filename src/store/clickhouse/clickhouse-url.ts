import type { HttpDriverOptions } from './http-driver.ts';

/** Where a `clickhouse://` store keeps its metadata unless the URL says otherwise. */
export const DEFAULT_METADATA_STORE = 'duckdb:./data/journeylens-meta.duckdb';

export interface ClickHouseStoreUrl {
  driver: HttpDriverOptions;
  /** The store URL of the metadata store (workspaces, keys, maps): a `duckdb:` URL for now. */
  metadata: string;
  /** The URL without its password, for logs. */
  description: string;
}

const OPTIONS = ['metadata', 'secure'];

/**
 * Reads `clickhouse://[user[:password]@]host[:port][/database][?secure=1][&metadata=duckdb:PATH]`:
 * ClickHouse's HTTP interface (port 8123, or 8443 with `secure=1` for HTTPS) for events, persons
 * and analytics; `metadata` names the store of workspaces, keys and maps (default
 * `duckdb:./data/journeylens-meta.duckdb`) until the PostgreSQL metadata store exists.
 * Example: `clickhouse://ingest:s3cret@ch.internal:8123/journeylens?metadata=duckdb:/var/lib/jl/meta.duckdb`.
 */
export function parseClickHouseUrl(url: string): ClickHouseStoreUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Invalid ClickHouse store URL; expected clickhouse://user:password@host:8123/database`);
  }
  if (parsed.protocol !== 'clickhouse:' || parsed.hostname === '') {
    throw new Error('A ClickHouse store URL looks like clickhouse://user:password@host:8123/database');
  }
  for (const name of parsed.searchParams.keys()) {
    if (!OPTIONS.includes(name))
      throw new Error(`Unknown ClickHouse store option "${name}"; known: ${OPTIONS.join(', ')}`);
  }
  const secure = parsed.searchParams.get('secure');
  if (secure !== null && secure !== '1' && secure !== '0' && secure !== 'true' && secure !== 'false')
    throw new Error(`Invalid value "${secure}" for ClickHouse store option secure; use 1 or 0`);
  const https = secure === '1' || secure === 'true';
  const port = parsed.port || (https ? '8443' : '8123');
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database.includes('/')) throw new Error(`Invalid ClickHouse database name "${database}"`);
  const metadata = parsed.searchParams.get('metadata') ?? DEFAULT_METADATA_STORE;
  if (!metadata.startsWith('duckdb:'))
    throw new Error(
      `The metadata store of a ClickHouse store must be a duckdb: URL for now, not "${metadata}"`,
    );

  const host = `${https ? 'https' : 'http'}://${parsed.hostname}:${port}`;
  const driver: HttpDriverOptions = { url: host };
  if (parsed.username) driver.username = decodeURIComponent(parsed.username);
  if (parsed.password) driver.password = decodeURIComponent(parsed.password);
  if (database) driver.database = database;
  const user = parsed.username ? `${parsed.username}@` : '';
  return {
    driver,
    metadata,
    description: `clickhouse://${user}${parsed.hostname}:${port}/${database}${https ? ' (https)' : ''}`,
  };
}
