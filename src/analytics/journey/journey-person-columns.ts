import type { JourneyBounds } from './journey-events.ts';
import type { JourneyPlan } from './journey-plan.ts';

/** The stage ranks that have a later stage: 1 … measuredStages − 1. */
export const ranksBelow = (plan: JourneyPlan): number[] =>
  Array.from({ length: plan.measuredStages - 1 }, (_, i) => i + 1);

/** Aggregates over a person's `ev` rows, per measured touchpoint i: v{i} hits, f{i} first hit. */
export function hitColumns(plan: JourneyPlan): string[] {
  return plan.measured.flatMap((t) => [
    `count(CASE WHEN h${t.index} THEN 1 END) AS v${t.index}`,
    `min(CASE WHEN h${t.index} THEN ts END) AS f${t.index}`,
  ]);
}

/** Without a range every row is a hit; with one, persons whose events all come after it go. */
export function personHaving(bounds: JourneyBounds): string {
  return bounds.to ? '\n  HAVING count(CASE WHEN inr THEN 1 END) > 0' : '';
}
