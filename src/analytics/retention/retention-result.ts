/** One cohort of a retention result (the API contract of issue 3). */
export interface RetentionCohort {
  /** Start of the cohort period (local midnight, week or month start in the spec's zone), as UTC ISO. */
  start: string;
  /** Persons in the cohort. */
  size: number;
  /**
   * values[k]: persons of the cohort who did the return event k periods after the cohort period;
   * values[0] is the whole cohort (PostHog's period 0). Only periods that have begun when the
   * query runs are listed, so recent cohorts have shorter lists.
   */
  values: number[];
  /** values[k] ÷ size, fractions 0..1. */
  rates: number[];
}

export interface RetentionBreakdownGroup {
  /** The breakdown value as text; null for unset values; "other" on the other group. */
  value: string | null;
  /** Present (true) only on the group that gathers every value beyond the breakdown's limit. */
  other?: true;
  cohorts: RetentionCohort[];
}

export interface RetentionResult {
  /** Cohorts with at least one person, oldest first. */
  cohorts: RetentionCohort[];
  /** With a breakdown: the groups, largest first, "other" last; their cohorts add up to `cohorts`. */
  breakdown?: RetentionBreakdownGroup[];
}
