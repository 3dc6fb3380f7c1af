import { convertedAfter, type JourneyCompileOptions, journeyPersonCtes } from '../journey/compile-journey.ts';
import { journeyWhere } from '../journey/journey-events.ts';
import type { JourneyPlan, PlannedTouchpoint } from '../journey/journey-plan.ts';
import { asJourneySpec } from '../spec/journey-scope.ts';
import type { PainPointsSpec } from '../spec/pain-points-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import type { Dialect } from '../sql/dialect.ts';
import { eventScanCte } from './event-scan.ts';

/** Measured touchpoints with a later stage to reach: the only ones with a drop-off. */
export const rankableTouchpoints = (plan: JourneyPlan): PlannedTouchpoint[] =>
  plan.measured.filter((t) => t.rank! < plan.measuredStages);

/**
 * The pain-point figures of a map as one query: the journey's per-person rows (`ps`, exactly
 * the persons and conversions of the journey query), joined to each person's order value in the
 * range (`pv`: the sum of `val` over their purchase events). One total row, per rankable
 * touchpoint i: r{i} reach, c{i} converted (reached a later stage, within the window), cv{i} the
 * order value of the converted persons.
 */
export function compilePainPoints(
  spec: PainPointsSpec,
  plan: JourneyPlan,
  dialect: Dialect,
  opts: JourneyCompileOptions,
): CompiledQuery {
  const q = new BoundParams(dialect);
  const journey = asJourneySpec(spec);
  const { ctes, bounds } = journeyPersonCtes(journey, plan, q, opts);
  const orders = eventScanCte('oe', q, {
    workspaceId: opts.workspaceId,
    personas: opts.personas ?? new Map(),
    where: journeyWhere(journey),
    match: spec.purchase,
    ...(bounds.from ? { from: bounds.from } : {}),
    ...(bounds.to ? { to: bounds.to } : {}),
    valueProperties: spec.valueProperties,
  });
  ctes.push(orders, 'pv AS (SELECT person, sum(val) AS val FROM oe GROUP BY person)');
  const cols = ['count(*) AS persons'];
  for (const t of rankableTouchpoints(plan)) {
    const i = t.index;
    const conv = convertedAfter(dialect, bounds, `ps.f${i}`, `ps.n${i}`);
    cols.push(
      `count(ps.f${i}) AS r${i}`,
      `${dialect.countIf(conv)} AS c${i}`,
      `sum(CASE WHEN ${conv} THEN pv.val END) AS cv${i}`,
    );
  }
  return q.query(`WITH ${ctes.join(',\n')}
SELECT ${cols.join(',\n  ')}
FROM ps LEFT JOIN pv ON pv.person = ps.person`);
}
