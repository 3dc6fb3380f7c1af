/**
 * One KPI figure (the API contract of issue 3: `{ "value", "count", … }`). `value` is the KPI;
 * `count` is how many units it was measured over (persons, carts, sessions, page views, orders,
 * gaps or responses — see each metric); the other fields break the value down. Rates are
 * fractions 0..1; times are seconds. `value` is null when there was nothing to measure (count 0),
 * except revenue, which is 0.
 */
export interface KpiValue {
  value: number | null;
  count: number;
  /** conversion_rate: persons who did the `to` event in the window. */
  converted?: number;
  /** cart_abandonment_rate: carts no purchase followed, and carts one did. */
  abandoned?: number;
  purchased?: number;
  /** bounce_rate: sessions of a single page view. */
  bounces?: number;
  /** avg_time_on_page: all page views, timed or not (the last of a session has no time). */
  pageViews?: number;
  /** repeat_purchase_rate: customers with two or more orders. */
  repeatCustomers?: number;
  /** time_between_purchases: the mean gap, beside the median in `value`. */
  meanSeconds?: number | null;
  /** average_order_value and revenue: the sum of order values. */
  revenue?: number;
  /** nps: responses by group (9–10, 7–8, 0–6). */
  promoters?: number;
  passives?: number;
  detractors?: number;
  /** csat: responses of 4 or 5. */
  satisfied?: number;
}

export interface KpiBreakdownGroup {
  /** The breakdown value as text; null for unset values; "other" on the other group. */
  value: string | null;
  /** Present (true) only on the group that gathers every value beyond the breakdown's limit. */
  other?: true;
  kpi: KpiValue;
  /** With an interval: this group's KPI per time bucket. */
  overTime?: KpiTimeBucket[];
}

export interface KpiTimeBucket {
  /** Start of the bucket (local midnight, week or month start in the spec's zone), as UTC ISO. */
  start: string;
  kpi: KpiValue;
}

export type KpiResult = KpiValue & {
  /** With a breakdown: the groups, largest (most units) first, "other" last. */
  breakdown?: KpiBreakdownGroup[];
  /** With an interval: the KPI per time bucket, oldest first; buckets without units are left out. */
  overTime?: KpiTimeBucket[];
};
