import type { PersonRecord, PersonRepo } from '../store.ts';
import { type Database, toJson, toNumber } from './database.ts';
import { PERSON_AND_MERGED } from './event-repo.ts';

export class DuckDBPersonRepo implements PersonRepo {
  constructor(private readonly db: Database) {}

  async byDistinctId(workspaceId: string, distinctId: string): Promise<PersonRecord | null> {
    const conn = this.db.read;
    // One of the person's ids, else the person's own id (what analytics results list), also
    // the id of a person since merged into another.
    const link = await conn.one(
      `SELECT coalesce(
         (SELECT person_id FROM person_distinct_ids WHERE workspace_id = ? AND distinct_id = ?),
         (SELECT person_id FROM person_overrides WHERE workspace_id = ? AND old_person_id = ?),
         (SELECT id FROM person_rows WHERE workspace_id = ? AND id = ?)) AS person_id`,
      [workspaceId, distinctId, workspaceId, distinctId, workspaceId, distinctId],
    );
    if (link?.person_id === null || link?.person_id === undefined) return null;
    const id = String(link.person_id);
    const ids = await conn.all(
      'SELECT distinct_id FROM person_distinct_ids WHERE workspace_id = ? AND person_id = ? ORDER BY distinct_id',
      [workspaceId, id],
    );
    const person = await conn.one('SELECT traits FROM persons WHERE workspace_id = ? AND id = ?', [
      workspaceId,
      id,
    ]);
    const count = await conn.one(
      `SELECT count(*) AS n FROM events WHERE workspace_id = ? AND person_id IN ${PERSON_AND_MERGED}`,
      [workspaceId, id, workspaceId, id],
    );
    return {
      id,
      ids: ids.map((r) => String(r.distinct_id)),
      traits: toJson(person?.traits),
      eventCount: toNumber(count?.n),
    };
  }

  async count(workspaceId: string): Promise<number> {
    const row = await this.db.read.one('SELECT count(*) AS n FROM persons WHERE workspace_id = ?', [
      workspaceId,
    ]);
    return toNumber(row?.n);
  }
}
