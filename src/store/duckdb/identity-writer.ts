import type { DuckDBConnection } from '@duckdb/node-api';
import type { IdentityChanges } from '../../ingest/identity-graph.ts';
import { appendColumns, type StagingColumn, stagingTableSql } from './staging.ts';

const PERSON_STAGING: StagingColumn[] = [
  { name: 'workspace_id', kind: 'text' },
  { name: 'id', kind: 'text' },
  { name: 'created_at_ms', kind: 'ms' },
];
const LINK_STAGING: StagingColumn[] = [
  { name: 'seq', kind: 'ms' },
  { name: 'workspace_id', kind: 'text' },
  { name: 'distinct_id', kind: 'text' },
  { name: 'person_id', kind: 'text' },
];
const TRAIT_STAGING: StagingColumn[] = [
  { name: 'workspace_id', kind: 'text' },
  { name: 'person_id', kind: 'text' },
  { name: 'traits', kind: 'text' },
];

/** Creates the session's staging tables; call once per connection, outside a transaction. */
export async function prepareIdentityStaging(conn: DuckDBConnection): Promise<void> {
  await conn.run(stagingTableSql('person_staging', PERSON_STAGING));
  await conn.run(stagingTableSql('link_staging', LINK_STAGING));
  await conn.run(stagingTableSql('trait_staging', TRAIT_STAGING));
}

/**
 * Writes one batch's identity changes inside the caller's transaction: new persons, id links
 * (last assignment of an id wins), merges in order, then traits onto the surviving persons.
 */
export async function writeIdentityChanges(conn: DuckDBConnection, changes: IdentityChanges): Promise<void> {
  if (changes.persons.length > 0) {
    const p = changes.persons;
    await appendColumns(conn, 'person_staging', PERSON_STAGING, [
      p.map((x) => x.workspaceId),
      p.map((x) => x.personId),
      p.map((x) => x.createdAt.getTime()),
    ]);
    await conn.run(`INSERT OR IGNORE INTO persons (workspace_id, id, traits, created_at, updated_at)
      SELECT workspace_id, id, '{}', make_timestamp(CAST(created_at_ms * 1000 AS BIGINT)),
             make_timestamp(CAST(created_at_ms * 1000 AS BIGINT)) FROM temp.person_staging`);
    await conn.run('DELETE FROM temp.person_staging');
  }
  if (changes.links.length > 0) {
    const l = changes.links;
    await appendColumns(conn, 'link_staging', LINK_STAGING, [
      l.map((_, i) => i),
      l.map((x) => x.workspaceId),
      l.map((x) => x.distinctId),
      l.map((x) => x.personId),
    ]);
    await conn.run(`INSERT OR REPLACE INTO person_distinct_ids (workspace_id, distinct_id, person_id)
      SELECT workspace_id, distinct_id, person_id FROM temp.link_staging
      QUALIFY row_number() OVER (PARTITION BY workspace_id, distinct_id ORDER BY seq DESC) = 1`);
    await conn.run('DELETE FROM temp.link_staging');
  }
  for (const m of changes.merges) await mergePersons(conn, m.workspaceId, m.from, m.into);
  if (changes.traits.length > 0) await writeTraits(conn, changes.traits);
}

/** Folds person `from` into `into`: traits (into's values win), overrides, and the row itself. */
async function mergePersons(conn: DuckDBConnection, ws: string, from: string, into: string): Promise<void> {
  await conn.run(
    `UPDATE persons SET traits = json_merge_patch(
         coalesce((SELECT traits FROM persons WHERE workspace_id = ? AND id = ?), '{}'), traits),
       created_at = least(created_at, coalesce((SELECT created_at FROM persons WHERE workspace_id = ? AND id = ?), created_at)),
       updated_at = now()
     WHERE workspace_id = ? AND id = ?`,
    [ws, from, ws, from, ws, into],
  );
  await conn.run('DELETE FROM persons WHERE workspace_id = ? AND id = ?', [ws, from]);
  await conn.run('UPDATE person_overrides SET person_id = ? WHERE workspace_id = ? AND person_id = ?', [
    into,
    ws,
    from,
  ]);
  await conn.run(
    'INSERT OR REPLACE INTO person_overrides (workspace_id, old_person_id, person_id) VALUES (?, ?, ?)',
    [ws, from, into],
  );
}

async function writeTraits(conn: DuckDBConnection, patches: IdentityChanges['traits']): Promise<void> {
  // Fold the batch's patches per person first (later values win), so each person is updated once.
  const merged = new Map<
    string,
    { workspaceId: string; personId: string; traits: Record<string, unknown> }
  >();
  for (const t of patches) {
    const k = `${t.workspaceId}\u0000${t.personId}`;
    const prev = merged.get(k);
    if (prev) Object.assign(prev.traits, t.traits);
    else merged.set(k, { workspaceId: t.workspaceId, personId: t.personId, traits: { ...t.traits } });
  }
  const rows = [...merged.values()];
  await appendColumns(conn, 'trait_staging', TRAIT_STAGING, [
    rows.map((r) => r.workspaceId),
    rows.map((r) => r.personId),
    rows.map((r) => JSON.stringify(r.traits)),
  ]);
  await conn.run(`UPDATE persons SET traits = json_merge_patch(persons.traits, s.traits), updated_at = now()
    FROM temp.trait_staging s WHERE persons.workspace_id = s.workspace_id AND persons.id = s.person_id`);
  await conn.run('DELETE FROM temp.trait_staging');
}
