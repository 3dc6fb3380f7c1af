import type { RetentionSpec } from '../spec/retention-spec.ts';
import type { RetentionCohort, RetentionResult } from './retention-result.ts';
import type { CohortCounts, RetentionGroupRows } from './retention-rows.ts';

/**
 * One cohort for the API: values for the periods that have begun, period 0 being the cohort's
 * size, and each as a share of the size.
 * Example: size 4, returns {1: 2, 3: 1}, 4 periods observed → values [4, 2, 0, 1], rates [1, 0.5, 0, 0.25].
 */
export function retentionCohort(c: CohortCounts): RetentionCohort {
  const values = Array.from({ length: c.observed }, (_, k) => (k === 0 ? c.size : (c.returns.get(k) ?? 0)));
  return {
    start: new Date(c.startUs / 1000).toISOString(),
    size: c.size,
    values,
    rates: values.map((v) => (c.size > 0 ? v / c.size : 0)),
  };
}

/** The API result from the query's groups: the total cohorts, and with a breakdown each group's. */
export function shapeRetentionResult(
  spec: Pick<RetentionSpec, 'breakdown'>,
  rows: { total: RetentionGroupRows; groups: RetentionGroupRows[] },
): RetentionResult {
  const result: RetentionResult = { cohorts: rows.total.cohorts.map(retentionCohort) };
  if (spec.breakdown) {
    result.breakdown = rows.groups.map((g) => ({
      value: g.other ? 'other' : g.value,
      ...(g.other ? { other: true as const } : {}),
      cohorts: g.cohorts.map(retentionCohort),
    }));
  }
  return result;
}
