import type { SegmentRule } from '../../model/segment-rule.ts';
import { type PropertyName, propertyPath, type WhereFilter } from '../spec/where-filter.ts';
import type { BoundParams } from './bound-params.ts';
import type { EventColumns } from './stitched-events.ts';

/** Segment rules of the personas a spec names, keyed by `personaKey(map, persona)`. */
export type PersonaRules = ReadonlyMap<string, SegmentRule>;

export const personaKey = (mapId: string, personaId: string): string => `${mapId}\u0000${personaId}`;

export interface FilterContext {
  readonly q: BoundParams;
  readonly columns: EventColumns;
  readonly personas: PersonaRules;
}

type Scalar = string | number | boolean;

/**
 * A `where` list as one SQL condition (all must hold; `TRUE` when empty). Names become bound JSON
 * paths and values bound parameters, so nothing a user wrote appears in the SQL text.
 * Example: `[{ on: 'property', name: 'plan', op: 'eq', value: 'pro' }]` →
 * `(json_extract_string(e.properties, CAST($2 AS VARCHAR)) = CAST($3 AS VARCHAR))`.
 */
export function compileWhere(filters: readonly WhereFilter[], ctx: FilterContext): string {
  if (filters.length === 0) return 'TRUE';
  return filters.map((f) => `(${compileFilter(f, ctx)})`).join(' AND ');
}

export function compileFilter(f: WhereFilter, ctx: FilterContext): string {
  if (f.on === 'persona') return compilePersona(f.map, f.op, f.value, ctx);
  const subject = subjectOf(f.on, f.name, ctx);
  const { q } = ctx;
  const d = q.dialect;
  switch (f.op) {
    case 'eq':
      return equals(subject.text, [f.value], ctx);
    case 'neq':
      return d.isNotTrue(equals(subject.text, [f.value], ctx));
    case 'in':
      return equals(subject.text, f.value, ctx);
    case 'not_in':
      return d.isNotTrue(equals(subject.text, f.value, ctx));
    case 'contains': {
      const needle = q.bind(f.value, 'text');
      return subject.json
        ? d.jsonContains(subject.json.doc, subject.json.path, needle)
        : d.containsText(subject.text, needle);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[f.op];
      return typeof f.value === 'number'
        ? `${d.toFloat(subject.text)} ${op} ${q.bind(f.value, 'float')}`
        : `${subject.text} ${op} ${q.bind(f.value, 'text')}`;
    }
    case 'is_set':
      return `${subject.text} IS NOT NULL`;
    case 'is_not_set':
      return `${subject.text} IS NULL`;
  }
}

interface Subject {
  /** The value as text (NULL when not set). */
  text: string;
  /** For JSON subjects: the document and the bound path, for array-aware tests. */
  json?: { doc: string; path: string };
}

function subjectOf(on: 'property' | 'trait' | 'field', name: PropertyName, ctx: FilterContext): Subject {
  const { columns, q } = ctx;
  if (on === 'field') {
    // The schema allows only EVENT_FIELDS here; the lookup below is the whitelist.
    const column = columns.fields[name as keyof EventColumns['fields']];
    if (column === undefined) throw new Error(`Unknown event field: ${String(name)}`);
    return { text: column };
  }
  const doc = on === 'property' ? columns.properties : columns.traits;
  if (doc === null) throw new Error('Trait filter compiled against an event source without traits');
  const path = q.bindJsonPath(propertyPath(name));
  return { text: q.dialect.jsonText(doc, path), json: { doc, path } };
}

/**
 * The subject equals one of `values`. Strings compare as text, numbers numerically (a property
 * sent as `"10"` equals 10), booleans as their JSON text (`true`/`false`).
 */
function equals(text: string, values: readonly Scalar[], ctx: FilterContext): string {
  const { q } = ctx;
  const texts = values.filter((v) => typeof v !== 'number').map((v) => q.bind(String(v), 'text'));
  const numbers = values.filter((v): v is number => typeof v === 'number').map((v) => q.bind(v, 'float'));
  const parts: string[] = [];
  if (texts.length > 0)
    parts.push(texts.length === 1 ? `${text} = ${texts[0]}` : `${text} IN (${texts.join(', ')})`);
  if (numbers.length > 0) {
    const n = q.dialect.toFloat(text);
    parts.push(numbers.length === 1 ? `${n} = ${numbers[0]}` : `${n} IN (${numbers.join(', ')})`);
  }
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** Membership of a persona is its segment rule over the person's traits. */
function compilePersona(
  map: string,
  op: 'eq' | 'neq' | 'in' | 'not_in',
  value: string | string[],
  ctx: FilterContext,
): string {
  const ids = typeof value === 'string' ? [value] : value;
  const any = ids.map((id) => `(${compileSegmentRule(map, id, ctx)})`).join(' OR ');
  return op === 'eq' || op === 'in' ? any : ctx.q.dialect.isNotTrue(`(${any})`);
}

/**
 * The persona of `map` a person belongs to, as SQL text: the id of the first persona (in the
 * map's order) whose segment rule the person's traits pass, NULL when none does.
 */
export function compilePersonaOf(map: string, ctx: FilterContext): string {
  const prefix = personaKey(map, '');
  const whens = [...ctx.personas.keys()]
    .filter((key) => key.startsWith(prefix))
    .map((key) => {
      const persona = key.slice(prefix.length);
      return `WHEN ${compileSegmentRule(map, persona, ctx)} THEN ${ctx.q.bind(persona, 'text')}`;
    });
  // A text-typed NULL on every engine (ClickHouse refuses CAST(NULL AS VARCHAR): not Nullable).
  return whens.length === 0 ? "NULLIF('', '')" : `CASE ${whens.join(' ')} END`;
}

function compileSegmentRule(map: string, persona: string, ctx: FilterContext): string {
  const rule = ctx.personas.get(personaKey(map, persona));
  if (!rule) throw new Error(`Persona ${persona} of map ${map} was not resolved before compiling`);
  // Segment rules name traits by dotted path (model/condition.ts allows no dots inside a key).
  const parts = rule.conditions.map(
    ({ trait, ...test }) => `(${compileFilter({ on: 'trait', name: trait.split('.'), ...test }, ctx)})`,
  );
  return parts.join(rule.match === 'all' ? ' AND ' : ' OR ');
}
