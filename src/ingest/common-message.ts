import type { z } from 'zod';
import {
  EventName,
  Id,
  JsonObject,
  MAX_EVENT_NAME_LENGTH,
  MAX_ID_LENGTH,
  parseIsoTimestamp,
  type SegmentMessage,
  SegmentMessageSchema,
  Timestamp,
} from './segment-message.ts';

/**
 * A fast reader for the Segment messages SDKs send all day: string ids, ISO 8601 timestamps,
 * plain objects for context and properties. zod stays the judge. This reader accepts only
 * messages it can vouch for, and returns for them exactly what `SegmentMessageSchema` would.
 * Everything else goes to zod: every invalid message, and valid ones in unusual forms (a numeric
 * id, an event name zod would trim, a Date). zod then decides, and words the errors.
 *
 * zod's discriminated union of strict objects cost about a quarter of the main thread's time per
 * ingested event. Parsing each member's schema again, and copying every object, bought nothing
 * for such messages.
 *
 * The members and their rules are read from `SegmentMessageSchema` itself, so the schema stays
 * the single source of truth. A member whose schema this reader does not recognise sends every
 * message that carries it to zod. common-message.test.ts holds the reader to zod's answers.
 */
export function readCommonMessage(raw: Record<string, unknown>): SegmentMessage | undefined {
  const members = typeof raw.type === 'string' ? MEMBERS_BY_TYPE.get(raw.type) : undefined;
  if (members === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const rule = members.get(key);
    if (rule === undefined) return undefined;
    const value = readMember(rule, raw[key]);
    if (value === REFUSED) return undefined;
    out[key] = value;
  }
  for (const key of members.required) if (!(key in out)) return undefined;
  // The schema's refinements: someone to attribute the event to, and alias's new userId.
  if (out.userId == null && (out.anonymousId == null || out.type === 'alias')) return undefined;
  return out as SegmentMessage;
}

const REFUSED = Symbol('refused');

type Kind = 'literal' | 'id' | 'time' | 'object' | 'string' | 'eventName' | 'any' | 'unknownSchema';
interface Rule {
  kind: Kind;
  /** null is a valid value (a `.nullish()` or `.nullable()` member). */
  nullable: boolean;
}

function readMember(rule: Rule, v: unknown): unknown {
  // A member set to undefined (never so in parsed JSON) is left to zod.
  if (v === undefined || rule.kind === 'unknownSchema') return REFUSED;
  if (rule.kind === 'any' || rule.kind === 'literal') return v;
  if (v === null) return rule.nullable ? null : REFUSED;
  switch (rule.kind) {
    case 'id':
      return typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID_LENGTH ? v : REFUSED;
    case 'time': {
      if (typeof v !== 'string') return REFUSED;
      const ms = parseIsoTimestamp(v);
      return Number.isNaN(ms) ? REFUSED : new Date(ms);
    }
    case 'object':
      return isRecordZodKeepsWhole(v) ? v : REFUSED;
    case 'string':
      return typeof v === 'string' ? v : REFUSED;
    case 'eventName':
      return typeof v === 'string' && v.length >= 1 && v.length <= MAX_EVENT_NAME_LENGTH && v.trim() === v
        ? v
        : REFUSED;
  }
}

/**
 * An object as JSON.parse makes them, which zod's record copies key for key into one just like
 * it. Not one with an own `__proto__` member: zod drops that from its copy.
 */
function isRecordZodKeepsWhole(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    Object.getPrototypeOf(v) === Object.prototype &&
    !Object.hasOwn(v, '__proto__')
  );
}

type Members = Map<string, Rule> & { required: string[] };

/** Each message type's members and their rules, read from the schema once. */
const MEMBERS_BY_TYPE: Map<string, Members> = new Map(
  (SegmentMessageSchema.options as readonly z.ZodObject[]).map((option) => {
    const members = new Map<string, Rule>() as Members;
    members.required = [];
    let type: string | undefined;
    for (const [key, schema] of Object.entries(option.shape)) {
      const { rule, optional } = ruleOf(schema as z.ZodType);
      members.set(key, rule);
      if (!optional) members.required.push(key);
      if (rule.kind === 'literal') type = [...(schema as z.ZodLiteral<string>).values][0];
    }
    if (type === undefined) throw new Error('A Segment message schema without a literal type');
    return [type, members] as const;
  }),
);

/** A member's rule: the wrappers peeled off (optional, nullable), the core recognised. */
function ruleOf(schema: z.ZodType): { rule: Rule; optional: boolean } {
  let optional = false;
  let nullable = false;
  let core = schema as z.core.$ZodType;
  for (;;) {
    const def = core._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType };
    if (def.type === 'optional') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else break;
    core = def.innerType!;
  }
  return { rule: { kind: kindOf(core), nullable }, optional };
}

function kindOf(core: z.core.$ZodType): Kind {
  if (core === Id) return 'id';
  if (core === Timestamp) return 'time';
  if (core === JsonObject) return 'object';
  if (core === EventName) return 'eventName';
  const type = core._zod.def.type;
  if (type === 'literal') return 'literal';
  if (type === 'unknown') return 'any';
  // A plain z.string() with no checks (name, category); one with checks is not ours to judge.
  if (type === 'string' && (core._zod.def.checks ?? []).length === 0) return 'string';
  return 'unknownSchema';
}
