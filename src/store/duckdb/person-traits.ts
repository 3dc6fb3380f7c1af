import type { DuckDBConnection } from '@duckdb/node-api';
import { appendKept } from './staging.ts';

/**
 * Trait changes of stored persons, kept as appended patches (migration 7): an UPDATE of the
 * person rows scans the whole table, so doing one per group commit made live ingestion slower
 * the more persons a store held. The `persons` view folds the patches over each row in order;
 * once `FOLD_AFTER_PATCHES` have piled up, one UPDATE folds them all into `person_rows` and
 * empties the log, so readers fold a short list and the scan is paid once per many commits.
 */
export const FOLD_AFTER_PATCHES = 20_000;

export interface TraitPatch {
  workspaceId: string;
  personId: string;
  traits: Record<string, unknown>;
}

/** Per connection: the log's length since the last fold, and the last `seq` given out. */
const logs = new WeakMap<DuckDBConnection, { pending: number; seq: number }>();

/**
 * Appends patches to the log, in order, inside the caller's transaction, folding the log into
 * the rows when it has grown long. A person's patches apply one after another: two cannot be
 * combined into one in general (a merge patch cannot say "replace this object whole").
 */
export async function appendTraitPatches(conn: DuckDBConnection, patches: TraitPatch[]): Promise<void> {
  const log = await logOf(conn);
  await appendKept(conn, 'person_trait_patches', (a) => {
    for (const p of patches) {
      a.appendVarchar(p.workspaceId);
      a.appendVarchar(p.personId);
      a.appendBigInt(BigInt(++log.seq));
      a.appendVarchar(JSON.stringify(p.traits));
      a.endRow();
    }
  });
  log.pending += patches.length;
  if (log.pending >= FOLD_AFTER_PATCHES) await foldTraitPatches(conn);
}

/** Folds every logged patch into its person's row and empties the log. */
export async function foldTraitPatches(conn: DuckDBConnection): Promise<void> {
  await conn.run(`UPDATE person_rows
    SET traits = list_reduce(list_prepend(person_rows.traits, t.patches), lambda a, b: json_merge_patch(a, b)),
      updated_at = now()
    FROM (SELECT workspace_id, person_id, list(traits ORDER BY seq) AS patches
          FROM person_trait_patches GROUP BY workspace_id, person_id) t
    WHERE person_rows.workspace_id = t.workspace_id AND person_rows.id = t.person_id`);
  await conn.run('DELETE FROM person_trait_patches');
  (await logOf(conn)).pending = 0;
}

/**
 * Drops the patches of persons whose rows were just written whole (merge survivors, with their
 * patches already folded in) or deleted (merged away): `temp.<table>`'s (workspace_id, `column`).
 */
export async function dropTraitPatches(conn: DuckDBConnection, table: string, column: string): Promise<void> {
  // Table and column names are our constants, never input.
  await conn.run(`DELETE FROM person_trait_patches t USING temp.${table} s
    WHERE t.workspace_id = s.workspace_id AND t.person_id = s.${column}`);
}

/** The connection's log state, read from the table on first use (a rollback only leaves gaps). */
async function logOf(conn: DuckDBConnection): Promise<{ pending: number; seq: number }> {
  let log = logs.get(conn);
  if (log === undefined) {
    const result = await conn.runAndReadAll(
      'SELECT count(*) AS n, coalesce(max(seq), 0) AS seq FROM person_trait_patches',
    );
    const row = result.getRowObjectsJS()[0];
    log = { pending: Number(row?.n ?? 0), seq: Number(row?.seq ?? 0) };
    logs.set(conn, log);
  }
  return log;
}
