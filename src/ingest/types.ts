import type { Channel } from '../model/channel.ts';
import type { MessageType } from './segment-message.ts';

/** One problem with one field of an incoming event, e.g. `{ path: 'timestamp', message: '…' }`. */
export interface FieldError {
  path: string;
  message: string;
}

/** An event after validation and enrichment, before it is resolved to a person. */
export interface EnrichedEvent {
  messageId: string;
  type: MessageType;
  /** Track event name; `$page`, `$screen`, `$identify`, `$alias`, `$group` for the other types. */
  event: string;
  /** Page or screen name. */
  name: string | null;
  userId: string | null;
  anonymousId: string | null;
  previousId: string | null;
  groupId: string | null;
  timestamp: Date;
  receivedAt: Date;
  sentAt: Date | null;
  channel: Channel;
  /** JSON text, kept as text so the store writes it without re-serialising. */
  properties: string;
  context: string;
  /** Identify/group traits, plus `context.traits` of any event (JSON text), or null. */
  traits: string | null;
}

/** An event resolved to a person, ready to store. */
export interface StoredEvent extends EnrichedEvent {
  workspaceId: string;
  personId: string;
}

/** Where an event came from, so receive-time corrections apply per request. */
export interface IngestContext {
  receivedAt: Date;
  /** `sentAt` of the enclosing batch, used when an event has none of its own. */
  batchSentAt?: Date;
}

/** What the caller gets once its events are durably stored (or rejected). */
export interface IngestResult {
  /** Events that are now stored (duplicates of stored events count: they are stored). */
  accepted: number;
  rejected: { index: number; errors: FieldError[] }[];
}
