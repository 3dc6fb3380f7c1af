import type { PersonRecord, PersonRepo } from '../store.ts';
import type { ClickHouseDriver } from './clickhouse-driver.ts';
import { PERSON_AND_MERGED } from './event-repo.ts';

export class ClickHousePersonRepo implements PersonRepo {
  constructor(private readonly driver: ClickHouseDriver) {}

  async byDistinctId(workspaceId: string, distinctId: string): Promise<PersonRecord | null> {
    // One of the person's ids, else the person's own id (what analytics results list), also
    // the id of a person since merged into another.
    const [link] = await this.driver.query(
      `SELECT person_id FROM (
         SELECT person_id, 1 AS rank FROM person_distinct_ids WHERE workspace_id = {ws:String} AND distinct_id = {id:String}
         UNION ALL SELECT person_id, 2 FROM person_overrides WHERE workspace_id = {ws:String} AND old_person_id = {id:String}
         UNION ALL SELECT id, 3 FROM persons WHERE workspace_id = {ws:String} AND id = {id:String})
       ORDER BY rank LIMIT 1`,
      { ws: workspaceId, id: distinctId },
    );
    if (!link) return null;
    const params = { ws: workspaceId, person: String(link.person_id) };
    const ids = await this.driver.query(
      `SELECT distinct_id FROM person_distinct_ids WHERE workspace_id = {ws:String} AND person_id = {person:String}
       ORDER BY distinct_id`,
      params,
    );
    const [person] = await this.driver.query(
      'SELECT traits FROM persons WHERE workspace_id = {ws:String} AND id = {person:String}',
      params,
    );
    const [count] = await this.driver.query(
      `SELECT count() AS n FROM events WHERE workspace_id = {ws:String} AND person_id IN ${PERSON_AND_MERGED}`,
      params,
    );
    return {
      id: params.person,
      ids: ids.map((r) => String(r.distinct_id)),
      traits: person ? (JSON.parse(String(person.traits)) as Record<string, unknown>) : {},
      eventCount: Number(count?.n ?? 0),
    };
  }

  async count(workspaceId: string): Promise<number> {
    const [row] = await this.driver.query(
      'SELECT count() AS n FROM persons WHERE workspace_id = {ws:String}',
      {
        ws: workspaceId,
      },
    );
    return Number(row?.n ?? 0);
  }
}
