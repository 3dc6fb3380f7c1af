import type { Store } from '../store.ts';
import { clickhouseAnalytics } from './clickhouse-analytics.ts';
import type { ClickHouseDriver } from './clickhouse-driver.ts';
import { ClickHouseEventRepo } from './event-repo.ts';
import { migrate } from './migrations.ts';
import { ClickHousePersonRepo } from './person-repo.ts';

export interface ClickHouseStoreOptions {
  /** The connection to ClickHouse: http-driver.ts in production, chdb in tests. */
  driver: ClickHouseDriver;
  /**
   * Where workspaces, keys, maps, users, sessions, share links and dashboards live. ClickHouse holds events,
   * persons and identities; the metadata goes to PostgreSQL in the scale-out store (a later step)
   * and to a DuckDB store until then. Only its metadata repositories are used.
   */
  metadata: Pick<
    Store,
    'workspaces' | 'keys' | 'maps' | 'users' | 'sessions' | 'shares' | 'dashboards' | 'audiences' | 'close'
  >;
  /** For logs, without secrets, e.g. `clickhouse://db.internal:8123/journeylens`. */
  description: string;
}

/** A store whose events, persons and analytics run on ClickHouse; migrates its schema first. */
export async function openClickHouseStore(opts: ClickHouseStoreOptions): Promise<Store> {
  const { driver, metadata } = opts;
  await migrate(driver);
  return {
    description: opts.description,
    workspaces: metadata.workspaces,
    keys: metadata.keys,
    maps: metadata.maps,
    users: metadata.users,
    sessions: metadata.sessions,
    shares: metadata.shares,
    dashboards: metadata.dashboards,
    audiences: metadata.audiences,
    events: new ClickHouseEventRepo(driver),
    persons: new ClickHousePersonRepo(driver),
    analytics: clickhouseAnalytics(driver),
    close: async () => {
      await driver.close();
      await metadata.close();
    },
  };
}
