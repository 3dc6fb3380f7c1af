import type { RetentionSpecInput } from '../../src/analytics/spec/retention-spec.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/** One expected cohort: its start (UTC ISO) and values per period; the size is values[0]. */
export interface CohortExpectation {
  start: string;
  values: number[];
}

/** Expected retention numbers, worked out by hand from the scenario's events. */
export interface RetentionExpectation {
  cohorts: CohortExpectation[];
  /** Breakdown groups in result order, with their cohorts. */
  breakdown?: { value: string | null; other?: true; cohorts: CohortExpectation[] }[];
}

/**
 * One row of the retention conformance table: events → spec → expected cohorts. Engine-agnostic:
 * every store's runner plays the same rows; a runner that cannot do one lists it with a reason.
 */
export interface RetentionScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  events: ScenarioEvent[];
  spec: RetentionSpecInput;
  expect: RetentionExpectation;
}
