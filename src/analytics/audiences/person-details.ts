import type { AnalyticsReader } from '../../store/store.ts';
import { BoundParams } from '../sql/bound-params.ts';

/** A person as an audience lists and exports them. */
export interface PersonDetails {
  id: string;
  /** Every id linked to the person (userIds, anonymousIds), sorted. */
  ids: string[];
  traits: Record<string, unknown>;
}

function parseTraits(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string' || text === '') return {};
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The ids and traits of the given persons, in the order given (two queries on the analytics
 * reader, which sees the persons and their ids on every engine). A person no longer stored
 * (merged away since) is listed with no ids and no traits.
 */
export async function personDetails(
  reader: AnalyticsReader,
  workspaceId: string,
  personIds: readonly string[],
): Promise<PersonDetails[]> {
  if (personIds.length === 0) return [];
  const query = (sql: (ws: string, list: string) => string) => {
    const q = new BoundParams(reader.dialect);
    const ws = q.bind(workspaceId, 'text');
    const list = personIds.map((id) => q.bind(id, 'text')).join(', ');
    const { sql: text, params } = q.query(sql(ws, list));
    return reader.all(text, params);
  };
  const [persons, links] = await Promise.all([
    query(
      (ws, list) =>
        `SELECT id, CAST(traits AS VARCHAR) AS traits FROM persons WHERE workspace_id = ${ws} AND id IN (${list})`,
    ),
    query(
      (ws, list) =>
        `SELECT person_id, distinct_id FROM person_distinct_ids WHERE workspace_id = ${ws} AND person_id IN (${list}) ORDER BY person_id, distinct_id`,
    ),
  ]);
  const traits = new Map<string, Record<string, unknown>>();
  for (const r of persons) if (!traits.has(String(r.id))) traits.set(String(r.id), parseTraits(r.traits));
  const ids = new Map<string, string[]>();
  for (const r of links) {
    const list = ids.get(String(r.person_id)) ?? [];
    if (!list.includes(String(r.distinct_id))) list.push(String(r.distinct_id));
    ids.set(String(r.person_id), list);
  }
  return personIds.map((id) => ({ id, ids: ids.get(id) ?? [], traits: traits.get(id) ?? {} }));
}
