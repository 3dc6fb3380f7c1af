import { type JourneyCompileOptions, journeyPersonCtes } from '../journey/compile-journey.ts';
import { journeyWhere } from '../journey/journey-events.ts';
import type { JourneyPlan } from '../journey/journey-plan.ts';
import { windowSeconds } from '../spec/funnel-spec.ts';
import { asJourneySpec } from '../spec/journey-scope.ts';
import type { MomentsOfTruthSpec, Outcome } from '../spec/moments-of-truth-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import type { Dialect } from '../sql/dialect.ts';
import { eventScanCte } from './event-scan.ts';

/** How many outcome events make the outcome: two for a repeat purchase, else one. */
export const outcomeMinCount = (o: Outcome): number => (o.kind === 'repeat_purchase' ? 2 : 1);

/** The stage ranks of the measured touchpoints: the anchors the unexposed are measured from. */
const touchpointRanks = (plan: JourneyPlan): number[] => [...new Set(plan.measured.map((t) => t.rank!))];

/**
 * The figures of a moments-of-truth query, one row per furthest stage reached (`mx`, the rank
 * of the latest measured stage the person hit in the range), with `n` persons and per measured
 * touchpoint i: e{i} persons who hit it, eo{i} of them with the outcome after their first hit,
 * uo{i} persons who did not hit it with the outcome after they first reached its stage or a
 * later one (the anchor `a{k}`, k its stage's rank).
 *
 * Pipeline: the journey's per-person rows `ps` → `pm` (mx, anchors) → `po` (joined to the
 * person's outcome events `oe`: per touchpoint and anchor, how many came at least `after`
 * later and, with `within`, no later than that) → the grouped counts.
 */
export function compileMomentsOfTruth(
  spec: MomentsOfTruthSpec,
  plan: JourneyPlan,
  dialect: Dialect,
  opts: JourneyCompileOptions,
): CompiledQuery {
  const q = new BoundParams(dialect);
  const d = dialect;
  const journey = asJourneySpec(spec);
  const { ctes, bounds } = journeyPersonCtes(journey, plan, q, opts);
  const o = spec.outcome;
  const match = o.kind === 'retention' ? (o.event ?? null) : o.event;
  ctes.push(
    eventScanCte('oe', q, {
      workspaceId: opts.workspaceId,
      personas: opts.personas ?? new Map(),
      where: journeyWhere(journey),
      match,
      ...(bounds.from ? { from: bounds.from } : {}),
    }),
  );
  const M = plan.measuredStages;
  const mx = `CASE ${Array.from({ length: M }, (_, j) => `WHEN sf${M - j} IS NOT NULL THEN ${M - j}`).join(' ')} END`;
  const ranks = touchpointRanks(plan);
  const anchors = ranks.map((k) => {
    const later = Array.from({ length: M - k + 1 }, (_, j) => `sf${k + j}`);
    return `${d.smallestOf(later)} AS a${k}`;
  });
  ctes.push(`pm AS (SELECT ${['ps.*', `${mx} AS mx`, ...anchors].join(', ')} FROM ps)`);

  const after = o.kind === 'retention' ? q.bind(windowSeconds(o.after), 'int') : null;
  const within = o.within ? q.bind(windowSeconds(o.within), 'int') : null;
  const counted = (moment: string) => {
    const conds = [`oe.ts >= ${after ? d.addSeconds(moment, after) : moment}`];
    if (within) conds.push(`oe.ts <= ${d.addSeconds(moment, within)}`);
    return `count(CASE WHEN ${conds.join(' AND ')} THEN 1 END)`;
  };
  const perPerson = ['pm.person AS person', 'min(pm.mx) AS mx'];
  for (const t of plan.measured) {
    perPerson.push(`min(pm.f${t.index}) AS f${t.index}`, `${counted(`pm.f${t.index}`)} AS o${t.index}`);
  }
  for (const k of ranks) perPerson.push(`${counted(`pm.a${k}`)} AS oa${k}`);
  ctes.push(`po AS (
  SELECT ${perPerson.join(',\n    ')}
  FROM pm LEFT JOIN oe ON oe.person = pm.person
  GROUP BY pm.person
)`);

  const min = outcomeMinCount(o);
  const cols = ['mx', 'count(*) AS n'];
  for (const t of plan.measured) {
    const i = t.index;
    cols.push(
      `count(f${i}) AS e${i}`,
      `${d.countIf(`f${i} IS NOT NULL AND o${i} >= ${min}`)} AS eo${i}`,
      `${d.countIf(`f${i} IS NULL AND oa${t.rank} >= ${min}`)} AS uo${i}`,
    );
  }
  return q.query(`WITH ${ctes.join(',\n')}
SELECT ${cols.join(',\n  ')}
FROM po
GROUP BY mx
ORDER BY mx`);
}
