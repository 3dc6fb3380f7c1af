import type { Breakdown } from '../spec/breakdown.ts';
import { propertyPath } from '../spec/where-filter.ts';
import { compilePersonaOf, type FilterContext } from './compile-filter.ts';
import type { Dialect } from './dialect.ts';

/**
 * The breakdown value of one stitched event row as text: an event property, a trait of the
 * person or their persona (both need an event source built with traits), or a whitelisted
 * event column.
 * Example: `{ on: 'property', name: 'utm_source' }` → `json_extract_string(e.properties, $2)`.
 */
export function breakdownValue(b: Breakdown, ctx: FilterContext): string {
  const { q, columns: c } = ctx;
  if (b.on === 'field') return c.fields[b.name];
  if (b.on === 'persona') return compilePersonaOf(b.map, ctx);
  const doc = b.on === 'property' ? c.properties : c.traits;
  if (doc === null) throw new Error('Trait breakdown compiled against an event source without traits');
  return q.dialect.jsonText(doc, q.bindJsonPath(propertyPath(b.name)));
}

/**
 * An aggregate: `valueExpr` of the row with the smallest `keyExpr`, NULL values included (a plain
 * `arg_min` skips rows whose value is NULL, so an unset value on the first event would be
 * replaced by a later event's). Wrapping the value in a record keeps the NULL. Rows whose key is
 * NULL are skipped.
 */
export function firstValue(d: Dialect, valueExpr: string, keyExpr: string): string {
  return d.field(d.argMin(d.record({ v: valueExpr }), keyExpr), 'v');
}
