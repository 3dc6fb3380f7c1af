/**
 * What a funnel query returns (the API contract of issue 3). Rates are fractions 0..1; times are
 * seconds, from the best attempt of each person who reached the step.
 */
export interface FunnelStepResult {
  event: string;
  /** The step's label, or its event name. */
  label: string;
  /** Persons whose furthest step is this one or a later one. */
  count: number;
  /** count ÷ count of step 1 (1 for step 1 itself, 0 when nobody entered). */
  conversionRate: number;
  /** count ÷ count of the previous step (1 for step 1, 0 when the previous step is empty). */
  stepConversionRate: number;
  /** Persons who reached the previous step but not this one (0 for step 1). */
  dropOff: number;
  /** dropOff ÷ count of the previous step (0 for step 1). */
  dropOffRate: number;
  /** Mean seconds from the previous step; null for step 1 or when nobody got here. */
  avgSecondsFromPrevious: number | null;
  /** Median seconds from the previous step (mean of the two middle values for an even count). */
  medianSecondsFromPrevious: number | null;
  /** With `includePersons`: ids (up to `personLimit`, sorted) of who reached, and who dropped off at, this step. */
  persons?: { converted: string[]; dropped: string[] };
}

export interface FunnelBreakdownGroup {
  /** The breakdown value as text; null for persons whose value is not set; "other" on the other group. */
  value: string | null;
  /** Present (true) only on the group that gathers every value beyond the breakdown's limit. */
  other?: true;
  steps: FunnelStepResult[];
}

export interface FunnelResult {
  steps: FunnelStepResult[];
  /** With a breakdown: the groups, largest first, "other" last; their counts add up to `steps`. */
  breakdown?: FunnelBreakdownGroup[];
  /**
   * With an interval: the funnel per time bucket, oldest first. Each person counts in the bucket
   * where their best attempt entered, so the buckets add up to `steps`; buckets nobody entered
   * in are left out.
   */
  overTime?: FunnelTimeBucket[];
}

export interface FunnelTimeBucket {
  /** Start of the bucket (local midnight, week or month start in the spec's zone), as UTC ISO. */
  start: string;
  steps: FunnelStepResult[];
}
