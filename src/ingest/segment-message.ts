import { z } from 'zod';

/**
 * The Segment spec message, as every Segment-compatible SDK sends it (analytics-node,
 * analytics.js, RudderStack). Top-level fields are strict so a typo is reported instead of being
 * silently dropped; `properties`, `traits`, `context` and `integrations` are free-form objects.
 * https://segment.com/docs/connections/spec/common/
 */
const MESSAGE_TYPES = ['track', 'page', 'screen', 'identify', 'alias', 'group'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];
export const MessageTypeSchema = z.enum(MESSAGE_TYPES);

export const MAX_ID_LENGTH = 512;
export const MAX_EVENT_NAME_LENGTH = 200;

/** Segment lets SDKs send numeric ids; they are ids all the same, so store them as text. */
export const Id = z
  .union([z.string(), z.number().finite()])
  .transform((v) => String(v))
  .pipe(
    z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
  );

// Date.parse guesses ('1' → 2001, 'March 7' → 2001-03-07); only ISO 8601 is unambiguous.
const ISO_8601 =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Epoch milliseconds of an ISO 8601 date-time, or NaN. A date-time without a zone is UTC, as a
 * date alone already is in JavaScript: otherwise the same file would land at different instants
 * depending on the importing machine's time zone (and CSV would disagree with Parquet).
 */
export function parseIsoTimestamp(text: string): number {
  const fast = parseUtcTimestamp(text);
  if (fast !== undefined) return fast;
  const m = ISO_8601.exec(text);
  if (!m) return Number.NaN;
  const [, date, time, zone] = m;
  // Date.parse rolls impossible days forward (2026-02-30 → 2 March); refuse them instead.
  const [y, mo, d] = date!.split('-').map(Number) as [number, number, number];
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return Number.NaN;
  if (time === undefined) return Date.parse(date!);
  const offset = zone === undefined ? 'Z' : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone;
  return Date.parse(`${date}T${time}${offset}`);
}

/** `2026-08-01T10:00:00.123Z`: what SDKs and JSON.stringify(date) send, nearly every event. */
const UTC_FORM = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The common UTC form computed from its digits, about a fifth of the general path's cost per
 * event; undefined for anything else, including hour 24 and years before 1000 (Date.UTC reads
 * 0–99 as 1900–1999), which the general path decides.
 */
function parseUtcTimestamp(text: string): number | undefined {
  const m = UTC_FORM.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = Number(m[6]);
  if (y < 1000 || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d < 1 || d > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!)) return Number.NaN;
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

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
