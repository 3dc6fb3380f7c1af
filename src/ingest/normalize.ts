import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inferChannel } from './channel-inference.ts';
import { readCommonMessage } from './common-message.ts';
import { resolveEventTime } from './event-time.ts';
import { SYSTEM_EVENT } from './message-values.ts';
import { type SegmentMessage, SegmentMessageSchema } from './segment-message.ts';
import type { EnrichedEvent, FieldError, IngestContext } from './types.ts';

/** Largest single event we store; Segment's own limit is 32 KB, ours leaves room for rich context. */
export const MAX_EVENT_BYTES = 500 * 1024;

export type NormalizeResult = { ok: true; event: EnrichedEvent } | { ok: false; errors: FieldError[] };

const ARTICLE: Record<string, string> = { object: 'an object', array: 'an array', record: 'an object' };

/** One zod issue in words a developer reading an API response understands at once. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (/received undefined$/.test(issue.message)) return 'is required';
    const received = /received (\w+)$/.exec(issue.message)?.[1];
    const expected = ARTICLE[issue.expected] ?? `a ${issue.expected}`;
    return `must be ${expected}${received ? `, not ${received === 'array' ? 'an array' : `a ${received}`}` : ''}`;
  }
  return issue.message;
}

/** zod issues as `{ path: 'properties.price', message }`, the form every ingest error takes. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        path: [...path, k].join('.'),
        message: 'is not a field of a Segment event',
      }));
    }
    return [{ path: path.join('.') || '(event)', message: issueMessage(issue) }];
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Validates one Segment message and enriches it: event name, time, channel, JSON columns.
 * Pure apart from generating a messageId for events that come without one.
 */
export function normalizeMessage(raw: unknown, ctx: IngestContext): NormalizeResult {
  if (!isObject(raw)) return { ok: false, errors: [{ path: '(event)', message: 'must be a JSON object' }] };
  if (!('type' in raw)) return { ok: false, errors: [{ path: 'type', message: 'is required' }] };
  let m: SegmentMessage | undefined = readCommonMessage(raw);
  if (m === undefined) {
    const parsed = SegmentMessageSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error.issues) };
    m = parsed.data;
  }

  const properties = JSON.stringify(m.properties ?? {});
  const context = JSON.stringify(m.context ?? {});
  const traitsObj =
    m.type === 'identify' || m.type === 'group' ? (m.traits ?? m.context?.traits) : m.context?.traits;
  const traits = isObject(traitsObj) && Object.keys(traitsObj).length > 0 ? JSON.stringify(traitsObj) : null;
  const size =
    Buffer.byteLength(properties) + Buffer.byteLength(context) + (traits ? Buffer.byteLength(traits) : 0);
  if (size > MAX_EVENT_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: '(event)',
          message: `is ${Math.ceil(size / 1024)} KB; the limit is ${MAX_EVENT_BYTES / 1024} KB`,
        },
      ],
    };
  }

  return {
    ok: true,
    event: {
      messageId: m.messageId ?? randomUUID(),
      type: m.type,
      event: m.type === 'track' ? m.event : SYSTEM_EVENT[m.type],
      name: m.type === 'page' || m.type === 'screen' ? (m.name ?? null) : null,
      userId: m.userId ?? null,
      anonymousId: m.anonymousId ?? null,
      previousId: m.type === 'alias' ? m.previousId : null,
      groupId: m.type === 'group' ? m.groupId : null,
      timestamp: resolveEventTime({
        timestamp: m.timestamp,
        originalTimestamp: m.originalTimestamp,
        sentAt: m.sentAt ?? ctx.batchSentAt,
        receivedAt: ctx.receivedAt,
      }),
      receivedAt: ctx.receivedAt,
      sentAt: m.sentAt ?? ctx.batchSentAt ?? null,
      channel: inferChannel(m.type, m.context, m.properties),
      properties,
      context,
      traits,
    },
  };
}

/**
 * Validates and enriches a batch of messages: the valid ones in order, the invalid ones by their
 * index in `messages`. `shape` may adjust each message first (batch-level context, say).
 */
export function normalizeMessages(
  messages: readonly unknown[],
  ctx: IngestContext,
  shape: (message: unknown) => unknown = (m) => m,
): { events: EnrichedEvent[]; rejected: { index: number; errors: FieldError[] }[] } {
  const events: EnrichedEvent[] = [];
  const rejected: { index: number; errors: FieldError[] }[] = [];
  for (let i = 0; i < messages.length; i++) {
    const result = normalizeMessage(shape(messages[i]), ctx);
    if (result.ok) events.push(result.event);
    else rejected.push({ index: i, errors: result.errors });
  }
  return { events, rejected };
}
