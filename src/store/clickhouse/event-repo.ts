import type { IdentitySnapshot } from '../../ingest/identity-graph.ts';
import type { StoredEvent } from '../../ingest/types.ts';
import { eventNameStats } from '../event-name-stats.ts';
import type { EventNameStat, EventRecord, EventRepo, IngestWrite } from '../store.ts';
import type { ClickHouseDriver } from './clickhouse-driver.ts';
import { eventRow, toEventRecord } from './event-rows.ts';
import { writeIdentityChanges } from './identity-writer.ts';
import { VersionClock } from './version-clock.ts';

/** Message ids per duplicate check: query parameters travel in the URL, which servers cap near 1 MB. */
const IDS_PER_CHECK = 2_000;

/** Person ids whose events count for `{person}`: itself and every person merged into it. */
export const PERSON_AND_MERGED = `(SELECT {person:String} UNION ALL
  SELECT old_person_id FROM person_overrides WHERE workspace_id = {ws:String} AND person_id = {person:String})`;

/**
 * Events and identities on ClickHouse. A batch is a handful of INSERTs (identity rows, then
 * events, each one statement whatever the batch size), the way ClickHouse wants to be written.
 *
 * Deduplication by messageId is a check before the insert: ids of the batch already stored in
 * the workspace (found through the bloom-filter index) are dropped, as are repeats within the
 * batch. Exact as long as one ingest writer feeds the store, which the in-memory identity graph
 * already requires; it costs one indexed lookup per batch. The alternative, a ReplacingMergeTree
 * on message id, would need the id in the sorting key (losing the per-person order analytics
 * read) and FINAL on every events query, since duplicates live until a background merge.
 *
 * ClickHouse has no transaction across tables. Identity rows go first: if the events insert
 * then fails, the ingestor rolls back its graph and the retry writes newer versions over them,
 * and the duplicate check makes retrying a partly stored events insert harmless.
 */
export class ClickHouseEventRepo implements EventRepo {
  private readonly clock = new VersionClock();
  private seeded: Promise<void> | undefined;

  constructor(private readonly driver: ClickHouseDriver) {}

  async write(batch: IngestWrite): Promise<{ inserted: number }> {
    this.seeded ??= this.seedClock();
    await this.seeded;
    const fresh = await this.withoutStored(firstOfEachMessage(batch.events));
    await writeIdentityChanges(this.driver, this.clock, batch.identity);
    await this.driver.insert('events', fresh.map(eventRow));
    return { inserted: fresh.length };
  }

  async loadIdentities(): Promise<IdentitySnapshot> {
    const links = await this.driver.query(
      'SELECT workspace_id, distinct_id, person_id, is_user FROM person_distinct_ids',
    );
    const overrides = await this.driver.query(
      'SELECT workspace_id, old_person_id, person_id FROM person_overrides',
    );
    return {
      links: links.map((r) => ({
        workspaceId: String(r.workspace_id),
        distinctId: String(r.distinct_id),
        personId: String(r.person_id),
        isUser: r.is_user === true,
      })),
      overrides: overrides.map((r) => ({
        workspaceId: String(r.workspace_id),
        oldPersonId: String(r.old_person_id),
        personId: String(r.person_id),
      })),
    };
  }

  async forPerson(workspaceId: string, personId: string, limit: number): Promise<EventRecord[]> {
    const rows = await this.driver.query(
      `SELECT * FROM events WHERE workspace_id = {ws:String} AND person_id IN ${PERSON_AND_MERGED}
       ORDER BY timestamp DESC, received_at DESC LIMIT {limit:UInt64}`,
      { ws: workspaceId, person: personId, limit },
    );
    return rows.map((r) => toEventRecord(r, personId));
  }

  async count(workspaceId: string): Promise<number> {
    const rows = await this.driver.query('SELECT count() AS n FROM events WHERE workspace_id = {ws:String}', {
      ws: workspaceId,
    });
    return Number(rows[0]?.n ?? 0);
  }

  async names(workspaceId: string, opts: { limit: number; propertyLimit: number }): Promise<EventNameStat[]> {
    const topNames = `SELECT event FROM events WHERE workspace_id = {ws:String}
       GROUP BY event ORDER BY count() DESC, event LIMIT {limit:UInt32}`;
    const names = await this.driver.query(
      `SELECT event, count() AS n FROM events WHERE workspace_id = {ws:String}
       GROUP BY event ORDER BY n DESC, event LIMIT {limit:UInt32}`,
      { ws: workspaceId, limit: opts.limit },
    );
    const keys = await this.driver.query(
      `SELECT event, key, count() AS n FROM events ARRAY JOIN JSONExtractKeys(properties) AS key
       WHERE workspace_id = {ws:String} AND event IN (${topNames})
       GROUP BY event, key ORDER BY event, n DESC, key LIMIT {plimit:UInt32} BY event`,
      { ws: workspaceId, limit: opts.limit, plimit: opts.propertyLimit },
    );
    return eventNameStats(
      names.map((r) => ({ event: String(r.event), count: Number(r.n) })),
      keys.map((r) => ({ event: String(r.event), key: String(r.key), count: Number(r.n) })),
    );
  }

  /** Starts the version clock above every stored version (a restart, a clock that stepped back). */
  private async seedClock(): Promise<void> {
    const rows = await this.driver.query(`SELECT greatest(
      (SELECT max(version) FROM person_versions), (SELECT max(version) FROM person_distinct_id_versions),
      (SELECT max(version) FROM person_override_versions)) AS v`);
    this.clock.seed(Number(rows[0]?.v ?? 0));
  }

  /** The events whose messageId is not yet stored in their workspace. */
  private async withoutStored(events: StoredEvent[]): Promise<StoredEvent[]> {
    const byWorkspace = new Map<string, string[]>();
    for (const e of events) {
      const ids = byWorkspace.get(e.workspaceId);
      if (ids) ids.push(e.messageId);
      else byWorkspace.set(e.workspaceId, [e.messageId]);
    }
    const stored = new Set<string>();
    for (const [ws, ids] of byWorkspace) {
      for (let i = 0; i < ids.length; i += IDS_PER_CHECK) {
        const rows = await this.driver.query(
          `SELECT message_id FROM events WHERE workspace_id = {ws:String} AND message_id IN {ids:Array(String)}`,
          { ws, ids: ids.slice(i, i + IDS_PER_CHECK) },
        );
        for (const r of rows) stored.add(`${ws}\u0000${String(r.message_id)}`);
      }
    }
    return stored.size === 0
      ? events
      : events.filter((e) => !stored.has(`${e.workspaceId}\u0000${e.messageId}`));
  }
}

/** The batch without repeats of a messageId in the same workspace (the first one wins). */
function firstOfEachMessage(events: StoredEvent[]): StoredEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = `${e.workspaceId}\u0000${e.messageId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
