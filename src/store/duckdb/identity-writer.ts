import {
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBTimestampValue,
  listValue,
} from '@duckdb/node-api';
import { type IdentityChanges, traitsObject } from '../../ingest/identity-graph.ts';
import { idsByWorkspace } from '../ids-by-workspace.ts';
import { diffPatch, foldsToItself, mergePatch } from '../json-merge-patch.ts';
import { applyMerges, type MergedPerson, personKey } from '../person-merges.ts';
import { toDate } from './database.ts';
import { logPersonChanges, type TraitPatch } from './person-log.ts';
import { appendKept, runOverStaged, type StagingColumn, stagingTableSql } from './staging.ts';

const MOVE_STAGING: StagingColumn[] = [
  { name: 'workspace_id', kind: 'text' },
  { name: 'distinct_id', kind: 'text' },
  { name: 'person_id', kind: 'text' },
];
const SURVIVOR_STAGING: StagingColumn[] = [
  { name: 'workspace_id', kind: 'text' },
  { name: 'person_id', kind: 'text' },
  { name: 'created_ms', kind: 'ms' },
];
const OVERRIDE_STAGING: StagingColumn[] = [
  { name: 'workspace_id', kind: 'text' },
  { name: 'old_person_id', kind: 'text' },
  { name: 'person_id', kind: 'text' },
];

/** Creates the session's staging tables; call once per connection, outside a transaction. */
export async function prepareIdentityStaging(conn: DuckDBConnection): Promise<void> {
  await conn.run(stagingTableSql('move_staging', MOVE_STAGING));
  await conn.run(stagingTableSql('survivor_staging', SURVIVOR_STAGING));
  await conn.run(stagingTableSql('override_staging', OVERRIDE_STAGING));
}

/**
 * The traits JSON new persons' rows can start with: a new person's patches, folded, taken out of
 * the batch's (json_merge_patch('{}', …) of them in order). None when the batch merges persons:
 * merges fold traits in order, which the log keeps.
 */
export interface OwnTraits {
  /** The person's, if it has patches; its row then starts with them. */
  of(workspaceId: string, personId: string): string | undefined;
}

/**
 * Writes a batch's new ids and new persons, in that order, with work in JavaScript between
 * them: `takeTraits` (which may take the new persons' own traits) runs while DuckDB may be busy
 * with a statement of the caller's (see writeIdentityChanges).
 */
export interface NewcomerWriter {
  ids(conn: DuckDBConnection): Promise<void>;
  takeTraits(own: OwnTraits): void;
  persons(conn: DuckDBConnection): Promise<void>;
}

/**
 * Writes one batch's identity changes inside the caller's transaction: new ids are appended
 * (by `newcomers`, from `changes` unless a bulk load hands them over column-wise) and ids
 * re-pointed by merges updated, then new persons are appended, merges fold persons in order, and
 * traits land on the surviving persons.
 *
 * `then` runs a statement after the ids are in place, and must need nothing else written here
 * (a bulk load's events insert, which joins person_distinct_ids). Without merges it starts as
 * soon as the ids are written, and the trait patches are worked out while DuckDB runs it, so it
 * must start its statement at once (a prepared statement's run()); with merges it runs last.
 */
export async function writeIdentityChanges(
  conn: DuckDBConnection,
  changes: IdentityChanges,
  newcomers: NewcomerWriter = listedNewcomers(changes),
  then?: () => Promise<void>,
): Promise<void> {
  await newcomers.ids(conn);
  if (changes.moves.length > 0) await writeMoves(conn, changes.moves);
  const running = changes.merges.length === 0 ? then?.() : undefined;
  let patches: TraitPatches;
  try {
    patches = traitsByPerson(changes.traits);
    newcomers.takeTraits(ownTraits(patches, changes.merges.length === 0));
  } finally {
    // Never leave the statement running behind a failure: the caller rolls back next.
    await running;
  }
  await newcomers.persons(conn);
  if (changes.merges.length > 0) await writeMerges(conn, changes.merges);
  const remaining: TraitPatch[] = [];
  for (const [workspaceId, byPerson] of patches)
    for (const [personId, list] of byPerson)
      for (const traits of list) remaining.push({ workspaceId, personId, traits });
  if (remaining.length > 0) await logPersonChanges(conn, remaining);
  if (running === undefined) await then?.();
}

/**
 * A person created in this very batch has no traits yet, so its patches can go into its appended
 * row (as json_merge_patch('{}', …) would leave it) instead of the patch log (person-log.ts): a
 * new customer's first identify then costs nothing extra. Not when the batch merges persons:
 * merges fold traits in order, which the log keeps.
 */
function ownTraits(patches: TraitPatches, foldIntoNewRows: boolean): OwnTraits {
  return {
    of(workspaceId, personId) {
      const own = foldIntoNewRows ? takePatches(patches, workspaceId, personId) : undefined;
      return own === undefined ? undefined : foldTraits(own);
    },
  };
}

/** A new person's traits JSON from its patches, in order: json_merge_patch('{}', …) of them. */
export function foldTraits(patches: Record<string, unknown>[]): string {
  // Most new persons have one patch, which folds into itself: no copy to make.
  if (patches.length === 1 && foldsToItself(patches[0])) return JSON.stringify(patches[0]);
  return JSON.stringify(patches.reduce<unknown>(mergePatch, {}));
}

/** Appends the new ids and persons listed in `changes`. */
function listedNewcomers(changes: IdentityChanges): NewcomerWriter {
  let own: OwnTraits | undefined;
  return {
    ids: (conn) =>
      appendRows(conn, 'person_distinct_ids', changes.links, (a, l) => {
        a.appendVarchar(l.workspaceId);
        a.appendVarchar(l.distinctId);
        a.appendVarchar(l.personId);
        a.appendBoolean(l.isUser);
      }),
    takeTraits(taken) {
      own = taken;
    },
    persons: (conn) =>
      appendRows(conn, 'person_rows', changes.persons, (a, p) => {
        const at = new DuckDBTimestampValue(BigInt(p.createdAt.getTime()) * 1000n);
        a.appendVarchar(p.workspaceId);
        a.appendVarchar(p.personId);
        a.appendVarchar(own?.of(p.workspaceId, p.personId) ?? '{}');
        a.appendTimestamp(at);
        a.appendTimestamp(at);
      }),
  };
}

/** workspace → person → the batch's trait patches of that person, in the order they came. */
type TraitPatches = Map<string, Map<string, Record<string, unknown>[]>>;

function traitsByPerson(patches: IdentityChanges['traits']): TraitPatches {
  const grouped: TraitPatches = new Map();
  for (const t of patches) {
    let byPerson = grouped.get(t.workspaceId);
    if (!byPerson) {
      byPerson = new Map();
      grouped.set(t.workspaceId, byPerson);
    }
    const traits = traitsObject(t.traits);
    const list = byPerson.get(t.personId);
    if (list) list.push(traits);
    else byPerson.set(t.personId, [traits]);
  }
  return grouped;
}

function takePatches(
  patches: TraitPatches,
  workspaceId: string,
  personId: string,
): Record<string, unknown>[] | undefined {
  const byPerson = patches.get(workspaceId);
  const list = byPerson?.get(personId);
  if (list !== undefined) byPerson!.delete(personId);
  return list;
}

async function appendRows<T>(
  conn: DuckDBConnection,
  table: string,
  rows: T[],
  row: (a: DuckDBAppender, r: T) => void,
): Promise<void> {
  if (rows.length === 0) return;
  await appendKept(conn, table, (appender) => {
    for (const r of rows) {
      row(appender, r);
      appender.endRow();
    }
  });
}

async function writeMoves(conn: DuckDBConnection, moves: IdentityChanges['moves']): Promise<void> {
  const last = new Map<string, IdentityChanges['moves'][number]>();
  for (const m of moves) last.set(`${m.workspaceId}\u0000${m.distinctId}`, m);
  const rows = [...last.values()];
  await runOverStaged(
    conn,
    'move_staging',
    MOVE_STAGING,
    [rows.map((r) => r.workspaceId), rows.map((r) => r.distinctId), rows.map((r) => r.personId)],
    [
      `UPDATE person_distinct_ids SET person_id = s.person_id FROM temp.move_staging s
       WHERE person_distinct_ids.workspace_id = s.workspace_id AND person_distinct_ids.distinct_id = s.distinct_id`,
    ],
  );
}

/**
 * Folds the batch's merged persons into their survivors (applyMerges: traits, into's values
 * winning, and the earlier creation time) and points their overrides, old and new, at the final
 * survivor. The persons involved are read once. Nothing rewrites the person rows in place unless
 * a survivor's creation time moves: an UPDATE or DELETE scans the whole table, in every group
 * commit that merges (person-log.ts folds the log and removes merged rows now and then).
 */
async function writeMerges(conn: DuckDBConnection, merges: IdentityChanges['merges']): Promise<void> {
  const people = await loadPersons(conn, merges);
  const before = new Map([...people].map(([k, p]) => [k, { traits: p.traits, createdAt: p.createdAt }]));
  const survivors = applyMerges(people, merges, new Date());
  const kept = [...people.values()].filter((p) => p.changed && !p.deleted);
  // A survivor's new traits go to the patch log as the change from what it had; only an earlier
  // creation time is written to its row. Merged-away rows stay until the log is folded: their
  // overrides already hide them from the persons view.
  const patches: TraitPatch[] = [];
  const older: typeof kept = [];
  for (const p of kept) {
    const was = before.get(personKey(p.workspaceId, p.id))!;
    const patch = diffPatch(was.traits, p.traits ?? {}) as Record<string, unknown>;
    if (Object.keys(patch).length > 0)
      patches.push({ workspaceId: p.workspaceId, personId: p.id, traits: patch });
    if (p.createdAt.getTime() !== was.createdAt.getTime()) older.push(p);
  }
  await runOverStaged(
    conn,
    'survivor_staging',
    SURVIVOR_STAGING,
    [older.map((p) => p.workspaceId), older.map((p) => p.id), older.map((p) => p.createdAt.getTime())],
    [
      `UPDATE person_rows SET created_at = make_timestamp(CAST(s.created_ms * 1000 AS BIGINT))
       FROM temp.survivor_staging s WHERE person_rows.workspace_id = s.workspace_id AND person_rows.id = s.person_id`,
    ],
  );
  await runOverStaged(
    conn,
    'override_staging',
    OVERRIDE_STAGING,
    [survivors.map((s) => s.workspaceId), survivors.map((s) => s.from), survivors.map((s) => s.survivor)],
    [
      `UPDATE person_overrides SET person_id = s.person_id FROM temp.override_staging s
       WHERE person_overrides.workspace_id = s.workspace_id AND person_overrides.person_id = s.old_person_id`,
      `INSERT OR REPLACE INTO person_overrides (workspace_id, old_person_id, person_id)
       SELECT workspace_id, old_person_id, person_id FROM temp.override_staging`,
    ],
  );
  await logPersonChanges(conn, patches, survivors.length);
}

/**
 * The stored persons the merges name, traits folded (read in this transaction, so this batch's
 * new ones too).
 */
async function loadPersons(
  conn: DuckDBConnection,
  merges: IdentityChanges['merges'],
): Promise<Map<string, MergedPerson>> {
  const people = new Map<string, MergedPerson>();
  const named = merges.flatMap((m) => [[m.workspaceId, m.from] as const, [m.workspaceId, m.into] as const]);
  for (const [workspaceId, ids] of idsByWorkspace(named)) {
    const result = await conn.runAndReadAll(
      `SELECT id, traits, created_at, updated_at FROM persons
       WHERE workspace_id = $1 AND id IN (SELECT unnest($2::VARCHAR[]))`,
      // A semi-join hashes the list once; list_contains walked it for every stored person (78 ms
      // of each group commit of 400 merges into a store of 280,000 persons).
      [workspaceId, listValue(ids)],
    );
    for (const r of result.getRowObjectsJS()) {
      const id = String(r.id);
      people.set(personKey(workspaceId, id), {
        workspaceId,
        id,
        traits: JSON.parse(String(r.traits)) as unknown,
        createdAt: toDate(r.created_at),
        updatedAt: toDate(r.updated_at),
        deleted: false,
        changed: false,
      });
    }
  }
  return people;
}
