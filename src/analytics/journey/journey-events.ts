import { type JourneySpec, specPersonas } from '../spec/journey-spec.ts';
import type { WhereFilter } from '../spec/where-filter.ts';
import type { BoundParams } from '../sql/bound-params.ts';
import { compileWhere, type FilterContext, type PersonaRules } from '../sql/compile-filter.ts';
import { type EventSource, stitchedEvents } from '../sql/stitched-events.ts';
import { bindingMatch } from './binding-match.ts';
import type { JourneyPlan } from './journey-plan.ts';

/** Placeholders of a journey query's time bounds; each is absent when the spec has no such bound. */
export interface JourneyBounds {
  /** Counted events from this instant on… */
  from?: string;
  /** …and before this one. */
  to?: string;
  /** The window in seconds. */
  window?: string;
}

/**
 * The spec's `where`, with its `persona` shortcut as one more condition: the person belongs to
 * one of those personas of the spec's map. Example: `{ mapId: 'm', persona: 'p' }` →
 * `[{ on: 'persona', map: 'm', op: 'in', value: ['p'] }]`.
 */
export function journeyWhere(spec: Pick<JourneySpec, 'mapId' | 'persona' | 'where'>): WhereFilter[] {
  const ids = specPersonas(spec);
  return ids.length === 0
    ? spec.where
    : [...spec.where, { on: 'persona', map: spec.mapId, op: 'in', value: ids }];
}

/** The stitched event source a journey query reads, with traits only when a condition needs them. */
export function journeySource(
  q: BoundParams,
  workspaceId: string,
  where: readonly WhereFilter[],
): EventSource {
  const withTraits = where.some((f) => f.on === 'trait' || f.on === 'persona');
  return stitchedEvents(q, workspaceId, { withTraits });
}

/**
 * The `ev` CTE: one row per stitched event that matches at least one measured touchpoint, with
 *   person, ts,
 *   sidx — the rank of the event's stage: the latest stage among the touchpoints it matches (an
 *          event that is evidence of two stages shows the person got at least as far as the later),
 *   inr  — (with a range) the event falls inside the range, so it counts as a hit,
 *   h{i} — the event is a hit of measured touchpoint i (matches it, inside the range).
 * Events after the range (up to the window past its end, or any time without a window) are
 * kept: they can only be where a person went next, never a hit.
 */
export function journeyEventsCte(
  spec: JourneySpec,
  plan: JourneyPlan,
  q: BoundParams,
  opts: { workspaceId: string; personas: PersonaRules; bounds: JourneyBounds },
): string {
  const where = journeyWhere(spec);
  const src = journeySource(q, opts.workspaceId, where);
  const c = src.columns;
  const ctx: FilterContext = { q, columns: c, personas: opts.personas };

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
  const { from, to, window } = opts.bounds;
  const inner = [`${c.person} AS person`, `${c.timestamp} AS ts`];
  for (const t of plan.measured) {
    if (t.binding) inner.push(`${bindingMatch(t.binding, ctx, nameParam)} AS m${t.index}`);
  }
  if (to !== undefined) inner.push(`${c.timestamp} < ${to} AS inr`);

  const scan = [src.where];
  if (from !== undefined) scan.push(`${c.timestamp} >= ${from}`);
  if (to !== undefined && window !== undefined) {
    scan.push(`${c.timestamp} < ${q.dialect.addSeconds(to, window)}`);
  }
  scan.push(`${c.event} IN (${[...names.values()].join(', ')})`);
  if (where.length > 0) scan.push(compileWhere(where, ctx));

  const flags = plan.measured.map((t) => `m${t.index}`);
  const outer = ['person', 'ts', `${stageRank(plan)} AS sidx`];
  if (to !== undefined) outer.push('inr');
  for (const t of plan.measured)
    outer.push(to !== undefined ? `m${t.index} AND inr AS h${t.index}` : `m${t.index} AS h${t.index}`);
  return `ev AS (
  SELECT ${outer.join(', ')}
  FROM (
    SELECT ${inner.join(',\n      ')}
    FROM ${src.from}
    WHERE ${scan.join('\n      AND ')}
  ) e0
  WHERE ${flags.join(' OR ')}
)`;
}

/** `CASE WHEN <a touchpoint of the last stage> THEN M … WHEN <of the first> THEN 1 END`. */
function stageRank(plan: JourneyPlan): string {
  const whens: string[] = [];
  for (let rank = plan.measuredStages; rank >= 1; rank--) {
    const flags = plan.measured.filter((t) => t.rank === rank).map((t) => `m${t.index}`);
    whens.push(`WHEN ${flags.join(' OR ')} THEN ${rank}`);
  }
  return `CASE ${whens.join(' ')} END`;
}
