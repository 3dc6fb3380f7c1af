import type { EventMatch } from '../spec/event-match.ts';
import { readsTraits } from '../spec/reads-traits.ts';
import { breakdownValue } from '../sql/breakdown-value.ts';
import { compileWhere, type FilterContext } from '../sql/compile-filter.ts';
import { type EventColumns, stitchedEvents } from '../sql/stitched-events.ts';
import type { KpiContext } from './kpi-measure.ts';

export interface KpiEventsOptions {
  /** Role → the events that play it; each role is a boolean column of that name (a constant). */
  roles: Record<string, EventMatch>;
  /** The role whose events carry the breakdown value in `bd` (NULL on the others). */
  attribution: string;
  /** Only events at or after this instant, and before `upper` (placeholders or expressions). */
  lower?: string;
  upper?: string;
  /** Carry the message id as `mid`, to order events at the same instant the same way every time. */
  withMessageId?: boolean;
  /** More columns, e.g. a score read from the properties. */
  extra?: (c: EventColumns, ctx: FilterContext) => Record<string, string>;
}

/**
 * The `ev` CTE: the workspace's stitched events a KPI looks at, one row each, with
 *   person, ts, one flag per role, bd, [mid], [extra columns].
 * Only events that play a role are kept; the spec's global `where` applies to every one of them.
 */
export function kpiEventsCte(ctx: KpiContext, opts: KpiEventsOptions): string {
  const { q, spec } = ctx;
  const src = stitchedEvents(q, ctx.workspaceId, { withTraits: readsTraits(spec) });
  const fctx: FilterContext = { q, columns: src.columns, personas: ctx.personas };
  const c = src.columns;
  const names = new Map<string, string>();
  const nameParam = (name: string) => {
    let ph = names.get(name);
    if (ph === undefined) {
      ph = q.bind(name, 'text');
      names.set(name, ph);
    }
    return ph;
  };
  const matches = (m: EventMatch) =>
    m.where.length === 0
      ? `(${c.event} = ${nameParam(m.event)})`
      : `(${c.event} = ${nameParam(m.event)} AND ${compileWhere(m.where, fctx)})`;

  const select = [`${c.person} AS person`, `${c.timestamp} AS ts`];
  for (const [role, match] of Object.entries(opts.roles)) select.push(`${matches(match)} AS ${role}`);
  if (spec.breakdown) {
    const value = breakdownValue(spec.breakdown, fctx);
    const roles = Object.keys(opts.roles);
    const attribution = opts.roles[opts.attribution];
    if (!attribution) throw new Error(`No role ${opts.attribution}`);
    select.push(
      roles.length === 1 ? `${value} AS bd` : `CASE WHEN ${matches(attribution)} THEN ${value} END AS bd`,
    );
  } else {
    select.push('NULL AS bd');
  }
  if (opts.withMessageId) select.push(`${c.messageId} AS mid`);
  for (const [name, expr] of Object.entries(opts.extra?.(c, fctx) ?? {})) select.push(`${expr} AS ${name}`);

  const where = [src.where, `${c.event} IN (${[...names.values()].join(', ')})`];
  // Events that play no role are of no use; the name list above says it alone without conditions.
  const matchList = Object.values(opts.roles);
  if (matchList.some((m) => m.where.length > 0)) where.push(`(${matchList.map(matches).join(' OR ')})`);
  if (opts.lower !== undefined) where.push(`${c.timestamp} >= ${opts.lower}`);
  if (opts.upper !== undefined) where.push(`${c.timestamp} < ${opts.upper}`);
  if (spec.where.length > 0) where.push(compileWhere(spec.where, fctx));
  return `ev AS (
  SELECT ${select.join(',\n    ')}
  FROM ${src.from}
  WHERE ${where.join('\n    AND ')}
)`;
}

/** `ts` inside the range, or TRUE without one. */
export function inRange(ctx: KpiContext, ts = 'ts'): string {
  return ctx.range ? `${ts} >= ${ctx.range.from} AND ${ts} < ${ctx.range.to}` : 'TRUE';
}
