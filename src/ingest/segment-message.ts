import { z } from 'zod';
import { MAX_EVENT_NAME_LENGTH, MAX_ID_LENGTH, MESSAGE_TYPES, parseIsoTimestamp } from './message-values.ts';

/**
 * The Segment spec message, as every Segment-compatible SDK sends it (analytics-node,
 * analytics.js, RudderStack). Top-level fields are strict so a typo is reported instead of being
 * silently dropped; `properties`, `traits`, `context` and `integrations` are free-form objects.
 * https://segment.com/docs/connections/spec/common/
 */
export type { MessageType } from './message-values.ts';
export const MessageTypeSchema = z.enum(MESSAGE_TYPES);

export { MAX_EVENT_NAME_LENGTH, MAX_ID_LENGTH, parseIsoTimestamp } from './message-values.ts';

/** Segment lets SDKs send numeric ids; they are ids all the same, so store them as text. */
export const Id = z
  .union([z.string(), z.number().finite()])
  .transform((v) => String(v))
  .pipe(
    z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
  );

export const Timestamp = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const ms = v instanceof Date ? v.getTime() : parseIsoTimestamp(v);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'is not an ISO 8601 date-time' });
    return z.NEVER;
  }
  return new Date(ms);
});

export const JsonObject = z.record(z.string(), z.unknown());

const common = {
  messageId: Id.optional(),
  userId: Id.nullish(),
  anonymousId: Id.nullish(),
  timestamp: Timestamp.optional(),
  originalTimestamp: Timestamp.optional(),
  sentAt: Timestamp.optional(),
  receivedAt: Timestamp.optional(),
  context: JsonObject.optional(),
  integrations: JsonObject.optional(),
  properties: JsonObject.optional(),
  traits: JsonObject.optional(),
  // Fields SDKs add that carry no meaning for us, accepted so existing SDKs work unchanged.
  _metadata: z.unknown().optional(),
  channel: z.unknown().optional(),
  version: z.unknown().optional(),
  writeKey: z.unknown().optional(),
  rudderId: z.unknown().optional(),
  request_ip: z.unknown().optional(),
  options: z.unknown().optional(),
};

export const EventName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_EVENT_NAME_LENGTH, `must be at most ${MAX_EVENT_NAME_LENGTH} characters`);

export const SegmentMessageSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('track'), event: EventName, ...common }),
    z.strictObject({
      type: z.literal('page'),
      name: z.string().nullish(),
      category: z.string().nullish(),
      ...common,
    }),
    z.strictObject({
      type: z.literal('screen'),
      name: z.string().nullish(),
      category: z.string().nullish(),
      ...common,
    }),
    z.strictObject({ type: z.literal('identify'), ...common }),
    z.strictObject({ type: z.literal('alias'), previousId: Id, ...common }),
    z.strictObject({ type: z.literal('group'), groupId: Id, ...common }),
  ])
  .superRefine((m, ctx) => {
    if (m.userId == null && m.anonymousId == null) {
      ctx.addIssue({ code: 'custom', path: ['userId'], message: 'userId or anonymousId is required' });
    }
    if (m.type === 'alias' && m.userId == null) {
      ctx.addIssue({ code: 'custom', path: ['userId'], message: 'alias needs the new userId' });
    }
  });

export type SegmentMessage = z.infer<typeof SegmentMessageSchema>;
