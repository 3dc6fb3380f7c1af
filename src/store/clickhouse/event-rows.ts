import type { StoredEvent } from '../../ingest/types.ts';
import type { EventRecord } from '../store.ts';
import type { Row } from './clickhouse-driver.ts';

/** An instant as DateTime64 text (`2026-03-02 09:00:00.000`), read as UTC by the UTC columns. */
export const chTime = (d: Date): string => d.toISOString().replace('T', ' ').replace('Z', '');

/** One `events` row for a JSONEachRow insert. */
export function eventRow(e: StoredEvent): Row {
  return {
    workspace_id: e.workspaceId,
    message_id: e.messageId,
    type: e.type,
    event: e.event,
    name: e.name,
    person_id: e.personId,
    user_id: e.userId,
    anonymous_id: e.anonymousId,
    previous_id: e.previousId,
    group_id: e.groupId,
    timestamp: chTime(e.timestamp),
    received_at: chTime(e.receivedAt),
    sent_at: e.sentAt ? chTime(e.sentAt) : null,
    channel: e.channel,
    properties: e.properties,
    context: e.context,
    traits: e.traits,
  };
}

const json = (v: unknown): Record<string, unknown> =>
  typeof v === 'string' && v.length > 0 ? (JSON.parse(v) as Record<string, unknown>) : {};

/** A stored event as the API shows it, under the (surviving) person it was asked for. */
export function toEventRecord(r: Row, personId: string): EventRecord {
  return {
    messageId: String(r.message_id),
    type: String(r.type),
    event: String(r.event),
    name: r.name == null ? null : String(r.name),
    personId,
    userId: r.user_id == null ? null : String(r.user_id),
    anonymousId: r.anonymous_id == null ? null : String(r.anonymous_id),
    timestamp: (r.timestamp as Date).toISOString(),
    receivedAt: (r.received_at as Date).toISOString(),
    channel: String(r.channel),
    properties: json(r.properties),
    context: json(r.context),
    traits: r.traits == null ? null : json(r.traits),
  };
}
