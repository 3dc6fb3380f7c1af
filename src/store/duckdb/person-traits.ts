import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Trait changes of stored persons, kept as appended patches (migration 7): an UPDATE of the
 * person rows scans the whole table, so doing one per group commit made live ingestion slower
 * the more persons a store held. The `persons` view folds the patches over each row in order;
 * once `FOLD_AFTER_PATCHES` have piled up, one UPDATE folds them all into `person_rows` and
 * empties the log, so readers fold a short list and the scan is paid once per many commits.
 */
export const FOLD_AFTER_PATCHES = 20_000;

/** Patches appended since the last fold, per connection; counted on first use. */
const pendingPatches = new WeakMap<DuckDBConnection, number>();

/**
 * Appends the patches in the session's `trait_staging` table (workspace_id, person_id, traits;
 * one row per person) to the log, inside the caller's transaction, folding the log into the rows
 * when it has grown long.
 */
export async function appendTraitPatches(conn: DuckDBConnection, count: number): Promise<void> {
  await conn.run(`INSERT INTO person_trait_patches
    SELECT workspace_id, person_id, nextval('person_trait_patch_seq'), traits FROM temp.trait_staging`);
  const pending = (await pendingCount(conn)) + count;
  pendingPatches.set(conn, pending);
  if (pending >= FOLD_AFTER_PATCHES) await foldTraitPatches(conn);
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
  pendingPatches.set(conn, 0);
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

async function pendingCount(conn: DuckDBConnection): Promise<number> {
  const known = pendingPatches.get(conn);
  if (known !== undefined) return known;
  const result = await conn.runAndReadAll('SELECT count(*) AS n FROM person_trait_patches');
  return Number(result.getRowObjectsJS()[0]?.n ?? 0);
}
