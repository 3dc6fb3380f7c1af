import { type DuckDBConnection, type DuckDBValue, listValue } from '@duckdb/node-api';
import type { StoredEvent } from '../../ingest/types.ts';
import { idsByWorkspace } from '../ids-by-workspace.ts';
import type { SerialConnection } from './database.ts';
import {
  type Fingerprint,
  FingerprintSet,
  fingerprintSql,
  messageFingerprint,
} from './message-fingerprints.ts';

/** Fills a set with the fingerprints of every stored event, computed by DuckDB. */
export async function loadStoredFingerprints(conn: SerialConnection): Promise<FingerprintSet> {
  const row = await conn.one('SELECT count(*) AS n FROM events');
  const set = new FingerprintSet(Number(row?.n ?? 0));
  await conn.exclusive((raw) =>
    addFingerprintsOf(raw, `SELECT ${fingerprintSql('workspace_id', 'message_id')} FROM events`, [], set),
  );
  return set;
}

/** Adds the fingerprints a query yields as its `fp_low`, `fp_high` columns, a chunk at a time. */
export async function addFingerprintsOf(
  conn: DuckDBConnection,
  sql: string,
  params: DuckDBValue[],
  set: FingerprintSet,
): Promise<void> {
  const result = await conn.stream(sql, params);
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const low = chunk.getColumnVector(0);
    const high = chunk.getColumnVector(1);
    for (let i = 0; i < chunk.rowCount; i++) set.add(low.getItem(i) as number, high.getItem(i) as number);
  }
}

/** Each event's fingerprint, in order. */
export function fingerprintsOf(events: StoredEvent[]): Fingerprint[] {
  return events.map((e) => messageFingerprint(e.workspaceId, e.messageId));
}

/**
 * The events of a batch that are not stored yet, with their fingerprints. Only events whose
 * fingerprint is already in the set cost a lookup in the table (a retried request, or once in
 * millions a fingerprint shared by two messages).
 */
export async function unstoredEvents(
  conn: DuckDBConnection,
  events: StoredEvent[],
  fingerprints: Fingerprint[],
  stored: FingerprintSet,
): Promise<{ events: StoredEvent[]; fingerprints: Fingerprint[] }> {
  const suspects = events.filter((_, i) => stored.has(fingerprints[i]![0], fingerprints[i]![1]));
  if (suspects.length === 0) return { events, fingerprints };
  const found = await storedMessageIds(conn, suspects);
  const keep = events.map((e) => !found.has(`${e.workspaceId}\u0000${e.messageId}`));
  return {
    events: events.filter((_, i) => keep[i]),
    fingerprints: fingerprints.filter((_, i) => keep[i]),
  };
}

/** Which of these events' (workspace, messageId) pairs the events table holds. */
async function storedMessageIds(conn: DuckDBConnection, events: StoredEvent[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const [workspaceId, ids] of idsByWorkspace(events.map((e) => [e.workspaceId, e.messageId] as const))) {
    const result = await conn.runAndReadAll(
      // A semi-join, not list_contains, which would walk the list for every stored event.
      'SELECT DISTINCT message_id FROM events WHERE workspace_id = $1 AND message_id IN (SELECT unnest($2::VARCHAR[]))',
      [workspaceId, listValue(ids)],
    );
    for (const r of result.getRowObjectsJS()) found.add(`${workspaceId}\u0000${String(r.message_id)}`);
  }
  return found;
}
