import type { DuckDBConnection } from '@duckdb/node-api';
import { appendKept } from './staging.ts';

/**
 * Changes to stored persons are appended, not written in place (migration 7): an UPDATE or
 * DELETE of the person rows scans the whole table, so doing one per group commit made live
 * ingestion slower the more persons a store held. A trait change is a patch in
 * person_trait_patches, a merge is its override (which hides the merged-away row from the
 * `persons` view) plus a patch for the survivor. Once `FOLD_AFTER_PATCHES` patches or merges have
 * piled up, one pass folds the patches into `person_rows`, deletes the merged-away rows and
 * empties the log, so readers fold a short list and the scans are paid once per many commits.
 */
export const FOLD_AFTER_PATCHES = 20_000;

export interface TraitPatch {
  workspaceId: string;
  personId: string;
  traits: Record<string, unknown>;
}

/** Per connection: what piled up since the last fold, and the last `seq` given out. */
const logs = new WeakMap<DuckDBConnection, LogState>();

interface LogState {
  /** Patches and merges since the last fold. */
  pending: number;
  seq: number;
}

/**
 * Logs a batch's changes to stored persons inside the caller's transaction: trait patches
 * appended in order, and the number of persons it merged away (their overrides, written by the
 * caller, already hide them). Folds the log into the rows when it has grown long. A person's
 * patches apply one after another: two cannot in general be combined into one (a merge patch
 * cannot say "replace this object whole").
 */
export async function logPersonChanges(
  conn: DuckDBConnection,
  patches: TraitPatch[],
  mergedAway = 0,
): Promise<void> {
  const log = await logOf(conn);
  if (patches.length > 0)
    await appendKept(conn, 'person_trait_patches', (a) => {
      for (const p of patches) {
        a.appendVarchar(p.workspaceId);
        a.appendVarchar(p.personId);
        a.appendBigInt(BigInt(++log.seq));
        a.appendVarchar(JSON.stringify(p.traits));
        a.endRow();
      }
    });
  log.pending += patches.length + mergedAway;
  if (log.pending >= FOLD_AFTER_PATCHES) await foldPersonLog(conn);
}

/** Folds every logged patch into its person's row, removes merged-away rows, empties the log. */
export async function foldPersonLog(conn: DuckDBConnection): Promise<void> {
  await conn.run(`UPDATE person_rows
    SET traits = list_reduce(list_prepend(person_rows.traits, t.patches), lambda a, b: json_merge_patch(a, b)),
      updated_at = now()
    FROM (SELECT workspace_id, person_id, list(traits ORDER BY seq) AS patches
          FROM person_trait_patches GROUP BY workspace_id, person_id) t
    WHERE person_rows.workspace_id = t.workspace_id AND person_rows.id = t.person_id`);
  await conn.run(`DELETE FROM person_rows USING person_overrides o
    WHERE person_rows.workspace_id = o.workspace_id AND person_rows.id = o.old_person_id`);
  await conn.run('DELETE FROM person_trait_patches');
  (await logOf(conn)).pending = 0;
}

/** The connection's log state, read from the table on first use (a rollback only leaves gaps). */
async function logOf(conn: DuckDBConnection): Promise<LogState> {
  let log = logs.get(conn);
  if (log === undefined) {
    const result = await conn.runAndReadAll(
      `SELECT (SELECT count(*) FROM person_trait_patches) + (SELECT count(*) FROM person_rows r
                 SEMI JOIN person_overrides o ON o.workspace_id = r.workspace_id AND o.old_person_id = r.id) AS n,
         (SELECT coalesce(max(seq), 0) FROM person_trait_patches) AS seq`,
    );
    const row = result.getRowObjectsJS()[0];
    log = { pending: Number(row?.n ?? 0), seq: Number(row?.seq ?? 0) };
    logs.set(conn, log);
  }
  return log;
}
