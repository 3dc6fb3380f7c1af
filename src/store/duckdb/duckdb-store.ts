import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { duckdbDialect } from '../../analytics/sql/duckdb/duckdb-dialect.ts';
import type { Store } from '../store.ts';
import { DuckDBAudienceRepo } from './audience-repo.ts';
import { DuckDBDashboardRepo } from './dashboard-repo.ts';
import { Database } from './database.ts';
import { DuckDBEventRepo } from './event-repo.ts';
import { DuckDBKeyRepo } from './key-repo.ts';
import { DuckDBMapRepo } from './map-repo.ts';
import { migrate } from './migrations.ts';
import { DuckDBPersonRepo } from './person-repo.ts';
import { DuckDBSessionRepo } from './session-repo.ts';
import { DuckDBShareRepo } from './share-repo.ts';
import { DuckDBUserRepo } from './user-repo.ts';
import { DuckDBWorkspaceRepo } from './workspace-repo.ts';

/**
 * DuckDB would take 80% of RAM for its buffers by default; an embedded store shares the process
 * with the server, so it gets a bounded pool and spills to disk beyond it.
 *
 * checkpoint_threshold: DuckDB checkpoints once the WAL passes it (default 16 MB, about 40,000
 * events). Each checkpoint cost about 0.3 s here whatever its size, so at the default a million
 * events over HTTP spent a third of the server's CPU checkpointing (31.8 s of CPU, 49,000
 * events/s; at 256 MB 21.9 s, 68,700 events/s). A restart after kill -9 with a 95 MB WAL to
 * replay (240,000 events) was healthy in 1.9 s, against 0.9 s for an empty store.
 */
export const DEFAULT_DUCKDB_SETTINGS = { memory_limit: '1GB', checkpoint_threshold: '256MB' };

/** Opens (creating if needed) the embedded store in one DuckDB file and migrates its schema. */
export async function openDuckDBStore(path: string, settings: Record<string, string> = {}): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = await Database.open(path, { ...DEFAULT_DUCKDB_SETTINGS, ...settings }).catch((err: unknown) => {
    // DuckDB lets one process open a file for writing; say so in words a user can act on.
    if (err instanceof Error && /Could not set lock on file/i.test(err.message)) {
      throw new Error(
        `The store ${path} is in use by another process (a running journeylens server?). ` +
          'Stop it first, or send the events to that server over HTTP.',
      );
    }
    throw err;
  });
  await migrate(db.meta);
  return {
    description: `duckdb:${path}`,
    workspaces: new DuckDBWorkspaceRepo(db),
    keys: new DuckDBKeyRepo(db),
    events: new DuckDBEventRepo(db),
    persons: new DuckDBPersonRepo(db),
    maps: new DuckDBMapRepo(db),
    users: new DuckDBUserRepo(db),
    sessions: new DuckDBSessionRepo(db),
    shares: new DuckDBShareRepo(db),
    dashboards: new DuckDBDashboardRepo(db),
    audiences: new DuckDBAudienceRepo(db),
    // Reader connections, so a long analysis never waits behind an ingest commit.
    analytics: { dialect: duckdbDialect, all: (sql, params) => db.read.all(sql, [...params]) },
    close: () => db.close(),
  };
}
