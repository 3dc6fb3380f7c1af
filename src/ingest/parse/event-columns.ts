import type { Channel } from '../../model/channel.ts';
import type { MessageType } from '../segment-message.ts';
import type { EnrichedEvent } from '../types.ts';

/**
 * Enriched events as one array per field, the form they cross from a parse worker to the writer
 * in: a structured clone writes each string once, where objects would repeat every field name.
 */
export interface EventColumns {
  messageId: string[];
  type: MessageType[];
  event: string[];
  name: (string | null)[];
  userId: (string | null)[];
  anonymousId: (string | null)[];
  previousId: (string | null)[];
  groupId: (string | null)[];
  /** Epoch milliseconds; NaN in `sentAt` for none. */
  timestamp: Float64Array;
  receivedAt: Float64Array;
  sentAt: Float64Array;
  channel: Channel[];
  properties: string[];
  context: string[];
  traits: (string | null)[];
}

export function toColumns(events: EnrichedEvent[]): EventColumns {
  const n = events.length;
  const cols: EventColumns = {
    messageId: new Array(n),
    type: new Array(n),
    event: new Array(n),
    name: new Array(n),
    userId: new Array(n),
    anonymousId: new Array(n),
    previousId: new Array(n),
    groupId: new Array(n),
    timestamp: new Float64Array(n),
    receivedAt: new Float64Array(n),
    sentAt: new Float64Array(n),
    channel: new Array(n),
    properties: new Array(n),
    context: new Array(n),
    traits: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    cols.messageId[i] = e.messageId;
    cols.type[i] = e.type;
    cols.event[i] = e.event;
    cols.name[i] = e.name;
    cols.userId[i] = e.userId;
    cols.anonymousId[i] = e.anonymousId;
    cols.previousId[i] = e.previousId;
    cols.groupId[i] = e.groupId;
    cols.timestamp[i] = e.timestamp.getTime();
    cols.receivedAt[i] = e.receivedAt.getTime();
    cols.sentAt[i] = e.sentAt === null ? Number.NaN : e.sentAt.getTime();
    cols.channel[i] = e.channel;
    cols.properties[i] = e.properties;
    cols.context[i] = e.context;
    cols.traits[i] = e.traits;
  }
  return cols;
}

export function fromColumns(cols: EventColumns): EnrichedEvent[] {
  const n = cols.messageId.length;
  const events: EnrichedEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const sentAt = cols.sentAt[i]!;
    events[i] = {
      messageId: cols.messageId[i]!,
      type: cols.type[i]!,
      event: cols.event[i]!,
      name: cols.name[i]!,
      userId: cols.userId[i]!,
      anonymousId: cols.anonymousId[i]!,
      previousId: cols.previousId[i]!,
      groupId: cols.groupId[i]!,
      timestamp: new Date(cols.timestamp[i]!),
      receivedAt: new Date(cols.receivedAt[i]!),
      sentAt: Number.isNaN(sentAt) ? null : new Date(sentAt),
      channel: cols.channel[i]!,
      properties: cols.properties[i]!,
      context: cols.context[i]!,
      traits: cols.traits[i]!,
    };
  }
  return events;
}
