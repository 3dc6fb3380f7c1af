import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../store.ts';
import { Database } from './database.ts';
import { DuckDBEventRepo } from './event-repo.ts';
import { DuckDBKeyRepo } from './key-repo.ts';
import { DuckDBMapRepo } from './map-repo.ts';
import { migrate } from './migrations.ts';
import { DuckDBPersonRepo } from './person-repo.ts';
import { DuckDBWorkspaceRepo } from './workspace-repo.ts';

/** Opens (creating if needed) the embedded store in one DuckDB file and migrates its schema. */
export async function openDuckDBStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = await Database.open(path);
  await migrate(db.meta);
  return {
    description: `duckdb:${path}`,
    workspaces: new DuckDBWorkspaceRepo(db),
    keys: new DuckDBKeyRepo(db),
    events: new DuckDBEventRepo(db),
    persons: new DuckDBPersonRepo(db),
    maps: new DuckDBMapRepo(db),
    close: () => db.close(),
  };
}
