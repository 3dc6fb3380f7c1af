import type { EventMatch } from '../spec/event-match.ts';
import { type PropertyName, propertyPath, type WhereFilter } from '../spec/where-filter.ts';
import type { BoundParams } from '../sql/bound-params.ts';
import { compileWhere, type PersonaRules } from '../sql/compile-filter.ts';
import { stitchedEvents } from '../sql/stitched-events.ts';

export interface EventScanOptions {
  workspaceId: string;
  personas: PersonaRules;
  /** The analysis' own conditions (its `where` and persona), applied to these events too. */
  where: readonly WhereFilter[];
  /** Which events; null for every event. */
  match: EventMatch | null;
  /** Placeholders (or expressions) of the time bounds: `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  /** Also read `val`: the first of these properties holding a number (an order's value). */
  valueProperties?: readonly PropertyName[];
}

/**
 * A CTE `name AS (SELECT person, ts[, val] FROM …)`: the workspace's stitched events that match,
 * inside the bounds, passing the analysis' conditions. Every value is bound; names are constants.
 * Example: `eventScanCte('oe', q, { workspaceId, personas, where: [], match: { event:
 * 'Order Completed', where: [] } })` → `oe AS (SELECT … WHERE e.workspace_id = $1 AND e.event = $2)`.
 */
export function eventScanCte(name: string, q: BoundParams, opts: EventScanOptions): string {
  const conditions = [...opts.where, ...(opts.match?.where ?? [])];
  const withTraits = conditions.some((f) => f.on === 'trait' || f.on === 'persona');
  const src = stitchedEvents(q, opts.workspaceId, { withTraits });
  const c = src.columns;
  const d = q.dialect;
  const cols = [`${c.person} AS person`, `${c.timestamp} AS ts`];
  if (opts.valueProperties) {
    const values = opts.valueProperties.map((p) =>
      d.toFloat(d.jsonText(c.properties, q.bindJsonPath(propertyPath(p)))),
    );
    cols.push(`${values.length === 1 ? values[0]! : `COALESCE(${values.join(', ')})`} AS val`);
  }
  const scan = [src.where];
  if (opts.match) scan.push(`${c.event} = ${q.bind(opts.match.event, 'text')}`);
  if (opts.from !== undefined) scan.push(`${c.timestamp} >= ${opts.from}`);
  if (opts.to !== undefined) scan.push(`${c.timestamp} < ${opts.to}`);
  if (conditions.length > 0) {
    scan.push(compileWhere(conditions, { q, columns: c, personas: opts.personas }));
  }
  return `${name} AS (
  SELECT ${cols.join(', ')}
  FROM ${src.from}
  WHERE ${scan.join('\n    AND ')}
)`;
}
