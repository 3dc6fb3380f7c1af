import { type IdentityChanges, traitsObject } from '../../ingest/identity-graph.ts';
import { idsByWorkspace } from '../ids-by-workspace.ts';
import { mergePatch } from '../json-merge-patch.ts';
import { applyMerges, personKey as key, type MergedPerson } from '../person-merges.ts';
import type { ClickHouseDriver, Row } from './clickhouse-driver.ts';
import { chTime } from './event-rows.ts';
import type { VersionClock } from './version-clock.ts';

/**
 * Writes one batch's identity changes as new row versions (see migrations.ts), with the same
 * outcome as the DuckDB store's updates, in the same order: new persons and ids, ids re-pointed
 * by merges, merges folding persons in order, then traits on the surviving persons.
 *
 * ClickHouse cannot merge JSON in an UPDATE, so the persons a batch touches are read (latest
 * version), changed here, and written back as one row each. The ingest writer is the only writer
 * of identities, so nothing changes them between that read and the write.
 */
export async function writeIdentityChanges(
  driver: ClickHouseDriver,
  clock: VersionClock,
  changes: IdentityChanges,
): Promise<void> {
  const { persons, links, moves, merges, traits } = changes;
  if (persons.length + links.length + moves.length + merges.length + traits.length === 0) return;
  const now = new Date();

  const people = new Map<string, MergedPerson>();
  for (const p of persons) {
    people.set(key(p.workspaceId, p.personId), {
      workspaceId: p.workspaceId,
      id: p.personId,
      traits: {},
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
      deleted: false,
      changed: true,
    });
  }
  // Stored persons the merges and traits touch, in their latest version.
  const touched = [
    ...merges.flatMap((m) => [
      [m.workspaceId, m.from],
      [m.workspaceId, m.into],
    ]),
    ...traits.map((t) => [t.workspaceId, t.personId]),
  ] as [string, string][];
  for (const p of await loadPersons(
    driver,
    touched.filter(([ws, id]) => !people.has(key(ws, id))),
  )) {
    people.set(key(p.workspaceId, p.id), p);
  }

  const ids = new Map<
    string,
    { workspaceId: string; distinctId: string; personId: string; isUser: boolean }
  >();
  for (const l of links) ids.set(key(l.workspaceId, l.distinctId), { ...l });
  // A moved id keeps its kind (userId or not); only its person changes.
  const storedKinds = await loadIdKinds(
    driver,
    moves.filter((m) => !ids.has(key(m.workspaceId, m.distinctId))).map((m) => [m.workspaceId, m.distinctId]),
  );
  for (const m of moves) {
    const k = key(m.workspaceId, m.distinctId);
    ids.set(k, { ...m, isUser: ids.get(k)?.isUser ?? storedKinds.get(k) ?? false });
  }

  const overrides = await loadOverridesInto(driver, merges);
  const survivors = applyMerges(people, merges, now);
  // Overrides pointing at a merged-away person, stored or new, follow it to its final survivor.
  const finalOf = new Map(survivors.map((s) => [key(s.workspaceId, s.from), s.survivor]));
  for (const o of overrides.values()) o.personId = finalOf.get(key(o.workspaceId, o.personId)) ?? o.personId;
  for (const s of survivors) {
    overrides.set(key(s.workspaceId, s.from), {
      workspaceId: s.workspaceId,
      oldPersonId: s.from,
      personId: s.survivor,
    });
  }

  // Each patch applies in turn, as DuckDB's fold of its patch log applies them: two patches
  // cannot in general be combined into one (a merge patch cannot replace an object whole).
  for (const t of traits) {
    const p = people.get(key(t.workspaceId, t.personId));
    if (!p || p.deleted) continue;
    p.traits = mergePatch(p.traits, traitsObject(t.traits));
    p.updatedAt = now;
    p.changed = true;
  }

  await driver.insert(
    'person_versions',
    [...people.values()]
      .filter((p) => p.changed)
      .map((p) => ({
        workspace_id: p.workspaceId,
        id: p.id,
        traits: JSON.stringify(p.traits ?? {}),
        created_at: chTime(p.createdAt),
        updated_at: chTime(p.updatedAt),
        version: clock.next(),
        is_deleted: p.deleted ? 1 : 0,
      })),
  );
  await driver.insert(
    'person_distinct_id_versions',
    [...ids.values()].map((l) => ({
      workspace_id: l.workspaceId,
      distinct_id: l.distinctId,
      person_id: l.personId,
      is_user: l.isUser,
      version: clock.next(),
    })),
  );
  await driver.insert(
    'person_override_versions',
    [...overrides.values()].map((o) => ({
      workspace_id: o.workspaceId,
      old_person_id: o.oldPersonId,
      person_id: o.personId,
      version: clock.next(),
    })),
  );
}

/** Rows of `table` whose `workspace_id` and `column` pair is among `pairs`, read per workspace. */
async function loadPairs(
  driver: ClickHouseDriver,
  sql: (column: string) => string,
  pairs: [string, string][],
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [ws, ids] of idsByWorkspace(pairs)) {
    // One by one: a spread of a large result would overflow the call stack.
    for (const row of await driver.query(sql('{ids:Array(String)}'), { ws, ids })) rows.push(row);
  }
  return rows;
}

async function loadPersons(driver: ClickHouseDriver, pairs: [string, string][]): Promise<MergedPerson[]> {
  const rows = await loadPairs(
    driver,
    (ids) =>
      `SELECT workspace_id, id, traits, created_at, updated_at FROM persons
       WHERE workspace_id = {ws:String} AND id IN ${ids}`,
    pairs,
  );
  return rows.map((r) => ({
    workspaceId: String(r.workspace_id),
    id: String(r.id),
    traits: JSON.parse(String(r.traits)) as unknown,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    deleted: false,
    changed: false,
  }));
}

async function loadIdKinds(
  driver: ClickHouseDriver,
  pairs: [string, string][],
): Promise<Map<string, boolean>> {
  const rows = await loadPairs(
    driver,
    (ids) =>
      `SELECT workspace_id, distinct_id, is_user FROM person_distinct_ids
       WHERE workspace_id = {ws:String} AND distinct_id IN ${ids}`,
    pairs,
  );
  return new Map(rows.map((r) => [key(String(r.workspace_id), String(r.distinct_id)), r.is_user === true]));
}

/** Stored overrides pointing at a person this batch merges away: they must follow the merge. */
async function loadOverridesInto(
  driver: ClickHouseDriver,
  merges: IdentityChanges['merges'],
): Promise<Map<string, { workspaceId: string; oldPersonId: string; personId: string }>> {
  const rows = await loadPairs(
    driver,
    (ids) =>
      `SELECT workspace_id, old_person_id, person_id FROM person_overrides
       WHERE workspace_id = {ws:String} AND person_id IN ${ids}`,
    merges.map((m) => [m.workspaceId, m.from]),
  );
  return new Map(
    rows.map((r) => [
      key(String(r.workspace_id), String(r.old_person_id)),
      {
        workspaceId: String(r.workspace_id),
        oldPersonId: String(r.old_person_id),
        personId: String(r.person_id),
      },
    ]),
  );
}
