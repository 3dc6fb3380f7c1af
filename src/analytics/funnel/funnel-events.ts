import type { Breakdown } from '../spec/breakdown.ts';
import type { FunnelSpec } from '../spec/funnel-spec.ts';
import { propertyPath, type WhereFilter } from '../spec/where-filter.ts';
import type { BoundParams } from '../sql/bound-params.ts';
import {
  compilePersonaOf,
  compileWhere,
  type FilterContext,
  type PersonaRules,
} from '../sql/compile-filter.ts';
import { stitchedEvents } from '../sql/stitched-events.ts';

/** Placeholders of the time bounds a funnel uses; absent without a range. */
export interface FunnelBounds {
  /** Entry (step 1) events from this instant on… */
  from?: string;
  /** …and before this one. */
  to?: string;
  /** The conversion window in seconds. */
  window: string;
}

/** ` AND …` keeping entry (step-1) events inside the range, on `ev`'s `ts`; empty without a range. */
export function entryFilter(bounds: FunnelBounds): string {
  return bounds.from !== undefined && bounds.to !== undefined
    ? ` AND ts >= ${bounds.from} AND ts < ${bounds.to}`
    : '';
}

/**
 * For each step (1-based) whose event name an earlier step also has, those earlier steps: one
 * event must not fill two of them, so attempts tell their events apart by message id.
 */
export function repeatedEvents(spec: FunnelSpec): Map<number, number[]> {
  const earlier = new Map<number, number[]>();
  spec.steps.forEach((s, i) => {
    const same = spec.steps
      .slice(0, i)
      .map((p, j) => (p.event === s.event ? j + 1 : 0))
      .filter((j) => j > 0);
    if (same.length > 0) earlier.set(i + 1, same);
  });
  return earlier;
}

/**
 * The `ev` CTE: the workspace's stitched events a funnel looks at, one row each, with
 *   person, ts, m1…mN (matches step k), x1…xM (matches exclusion i), and when needed
 *   mid (message id, to tell events apart) and bd (the breakdown value).
 * Ordered and unordered funnels only need events of the steps and exclusions; a strict funnel
 * needs every event, since any other event between two steps breaks it. The global `where`
 * applies to all of them: it defines which events the funnel sees at all.
 */
export function funnelEventsCte(
  spec: FunnelSpec,
  q: BoundParams,
  opts: { workspaceId: string; personas: PersonaRules; bounds: FunnelBounds; withMessageId: boolean },
): string {
  const src = stitchedEvents(q, opts.workspaceId, { withTraits: usesTraits(spec) });
  const ctx = { q, columns: src.columns, personas: opts.personas };
  const c = src.columns;

  // One placeholder per distinct event name, shared by the flags and the scan's IN list.
  const names = new Map<string, string>();
  const nameParam = (name: string) => {
    let ph = names.get(name);
    if (ph === undefined) {
      ph = q.bind(name, 'text');
      names.set(name, ph);
    }
    return ph;
  };
  const flag = (event: string, where: readonly WhereFilter[]) => {
    const test = `${c.event} = ${nameParam(event)}`;
    return where.length === 0 ? `(${test})` : `(${test} AND ${compileWhere(where, ctx)})`;
  };

  const select = [`${c.person} AS person`, `${c.timestamp} AS ts`];
  if (opts.withMessageId) select.push(`${c.messageId} AS mid`);
  spec.steps.forEach((s, i) => {
    select.push(`${flag(s.event, s.where)} AS m${i + 1}`);
  });
  spec.exclusions.forEach((x, i) => {
    select.push(`${flag(x.event, x.where)} AS x${i + 1}`);
  });
  if (spec.breakdown) select.push(`${breakdownValue(spec.breakdown, ctx)} AS bd`);

  const where = [src.where];
  const { from, to, window } = opts.bounds;
  if (from !== undefined && to !== undefined) {
    // Later steps may happen up to one window after the last possible entry.
    where.push(`${c.timestamp} >= ${from}`, `${c.timestamp} < ${q.dialect.addSeconds(to, window)}`);
  }
  if (spec.order !== 'strict') where.push(`${c.event} IN (${[...names.values()].join(', ')})`);
  if (spec.where.length > 0) where.push(compileWhere(spec.where, ctx));

  return `ev AS (
  SELECT ${select.join(',\n    ')}
  FROM ${src.from}
  WHERE ${where.join('\n    AND ')}
)`;
}

function breakdownValue(b: Breakdown, ctx: FilterContext): string {
  const { q, columns: c } = ctx;
  if (b.on === 'field') return c.fields[b.name];
  if (b.on === 'persona') return compilePersonaOf(b.map, ctx);
  const doc = b.on === 'property' ? c.properties : c.traits;
  if (doc === null) throw new Error('Trait breakdown compiled against an event source without traits');
  return q.dialect.jsonText(doc, q.bindJsonPath(propertyPath(b.name)));
}

/** Whether any part of the spec reads person traits (trait or persona conditions, trait breakdown). */
export function usesTraits(spec: FunnelSpec): boolean {
  const lists = [spec.where, ...spec.steps.map((s) => s.where), ...spec.exclusions.map((x) => x.where)];
  return (
    spec.breakdown?.on === 'trait' ||
    spec.breakdown?.on === 'persona' ||
    lists.some((list) => list.some((f) => f.on === 'trait' || f.on === 'persona'))
  );
}
