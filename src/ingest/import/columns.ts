/**
 * How the columns of a tabular import file (CSV, Parquet) become Segment message fields. Both
 * formats share these rules, so a Parquet file written from a CSV export imports the same way.
 */

/** Columns that name a top-level message field (`channel` goes to `context.channel`). */
export const CORE_COLUMNS = [
  'type',
  'event',
  'name',
  'userId',
  'anonymousId',
  'messageId',
  'timestamp',
  'originalTimestamp',
  'sentAt',
  'previousId',
  'groupId',
  'channel',
] as const;

/** Columns holding a whole JSON object; `properties.x`-style columns set one nested value. */
export const OBJECT_COLUMNS = ['properties', 'traits', 'context'] as const;

// Path segments that would reach Object.prototype when assigned on a plain object.
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown before any row is read when the header names columns we do not know. */
export class UnknownColumnsError extends Error {
  constructor(readonly unknown: string[]) {
    super(
      `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => JSON.stringify(c)).join(', ')}; ` +
        `accepted columns are ${CORE_COLUMNS.join(', ')}, ${OBJECT_COLUMNS.join(', ')} (JSON objects), ` +
        `and dotted columns such as properties.plan, traits.email, context.page.path`,
    );
    this.name = 'UnknownColumnsError';
  }
}

type Step =
  | { kind: 'field'; index: number; field: string }
  | { kind: 'object'; index: number; field: string }
  | { kind: 'nested'; index: number; column: string; path: string[]; coerce: boolean };

/** The header, checked and turned into the steps that build a message from a row. */
export interface ColumnPlan {
  readonly columns: readonly string[];
  readonly steps: readonly Step[];
}

export interface PlanOptions {
  /**
   * Turn `properties.*`/`traits.*` string cells that are JSON numbers or booleans into numbers and
   * booleans. CSV cells are all text, and a `properties.price` of `"9.99"` is meant as a number;
   * Parquet columns are typed already, so it does not coerce.
   */
  coerceScalars: boolean;
}

/**
 * Checks a header and plans how each column fills a message; throws `UnknownColumnsError`.
 *
 * @example planColumns(['event', 'userId', 'properties.plan'], { coerceScalars: true })
 */
export function planColumns(columns: readonly string[], options: PlanOptions): ColumnPlan {
  const unknown: string[] = [];
  const fields: Step[] = [];
  const nested: Step[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (seen.has(column)) unknown.push(`${column} (repeated)`);
    seen.add(column);
    if (column === 'channel') {
      nested.push({ kind: 'nested', index, column, path: ['context', 'channel'], coerce: false });
    } else if ((CORE_COLUMNS as readonly string[]).includes(column)) {
      fields.push({ kind: 'field', index, field: column });
    } else if ((OBJECT_COLUMNS as readonly string[]).includes(column)) {
      fields.push({ kind: 'object', index, field: column });
    } else {
      const path = column.split('.');
      const root = path[0] ?? '';
      const valid =
        path.length > 1 &&
        (OBJECT_COLUMNS as readonly string[]).includes(root) &&
        path.every((s) => s !== '' && !FORBIDDEN_SEGMENTS.has(s));
      if (!valid) unknown.push(column);
      else
        nested.push({
          kind: 'nested',
          index,
          column,
          path,
          coerce: options.coerceScalars && root !== 'context',
        });
    }
  });
  if (unknown.length > 0) throw new UnknownColumnsError(unknown);
  // Whole objects first, so a `properties.plan` column refines a `properties` JSON column
  // whichever order the two appear in.
  return { columns, steps: [...fields, ...nested] };
}

/** Either the message built from a row, or why it could not be built. */
export type BuiltRow = { message: Record<string, unknown>; error?: undefined } | { error: string };

/**
 * Builds a message from one row's cells. `null`, `undefined` and `''` mean "absent" (an empty CSV
 * cell); `type` defaults to `track`. Values are not validated here: the ingest pipeline does it.
 */
export function buildMessage(plan: ColumnPlan, cells: readonly unknown[]): BuiltRow {
  const message: Record<string, unknown> = {};
  for (const step of plan.steps) {
    const cell = cells[step.index];
    if (cell === null || cell === undefined || cell === '') continue;
    if (step.kind === 'field') {
      message[step.field] = cell;
    } else if (step.kind === 'object') {
      const value = typeof cell === 'string' ? parseJson(cell) : { ok: true as const, value: cell };
      if (!value.ok) return { error: `invalid JSON in column ${step.field}: ${value.reason}` };
      if (!isPlainObject(value.value)) return { error: `not a JSON object in column ${step.field}` };
      message[step.field] = value.value;
    } else {
      const error = setPath(message, step.path, step.coerce ? coerceScalar(cell) : cell);
      if (error) return { error: `cannot set ${step.column}: ${error}` };
    }
  }
  if (message.type === undefined) message.type = 'track';
  return { message };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): string | null {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = node[key];
    if (next === undefined) node[key] = {};
    else if (!isPlainObject(next)) return `${path.slice(0, i + 1).join('.')} is not an object`;
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return null;
}

// A strict JSON number (no leading zeros, so zip codes like "02134" stay text).
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * `"42"` → 42, `"true"` → true; anything else stays as it was. Integers beyond 2^53 and numbers
 * that overflow stay text, so long order ids are not silently rounded.
 */
export function coerceScalar(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  if (!JSON_NUMBER.test(cell)) return cell;
  const n = Number(cell);
  if (!Number.isFinite(n)) return cell;
  if (Number.isInteger(n) && !Number.isSafeInteger(n) && !/[.eE]/.test(cell)) return cell;
  return n;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** True for `{…}` values (not arrays, not null, not class instances such as Date). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
