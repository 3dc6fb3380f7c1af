import type { KpiMetric } from '../spec/kpi-metric.ts';
import type { KpiSpec } from '../spec/kpi-spec.ts';
import type { BoundParams } from '../sql/bound-params.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import type { KpiValue } from './kpi-result.ts';

/** What a measure's compiler gets: the spec, its bound parameters, and the range's placeholders. */
export interface KpiContext {
  readonly spec: KpiSpec;
  readonly q: BoundParams;
  readonly workspaceId: string;
  readonly personas: PersonaRules;
  /** The range, as placeholders of its two instants; absent without a range. */
  readonly range?: { from: string; to: string };
}

/**
 * The units a KPI counts, as SQL. `ctes` end in one named `rows`: one row per measured thing,
 * with `person`, `ts` (the instant that places it in the range and in a time bucket), `bd` (its
 * breakdown value, NULL without a breakdown) and the measure's own columns. Rows outside the
 * range are already left out.
 */
export interface KpiUnits {
  ctes: string[];
  /**
   * For KPIs over persons: aggregates that fold one person's rows (per time bucket) into one
   * unit, e.g. `{ conv: 'max(conv)' }`. Absent when every row is a unit of its own.
   */
  perPerson?: Record<string, string>;
}

/** Aggregates of a measure over its units, by alias (compiler constants). */
export type KpiAggregates = Record<string, string>;

/**
 * One KPI: how to find its units, what to sum up over them, and how the sums make the figure.
 * The shared compiler (compile-kpi.ts) does the rest — total, breakdown groups, time buckets —
 * the same for every measure.
 */
export interface KpiMeasure<M extends KpiMetric = KpiMetric> {
  units(metric: M, ctx: KpiContext): KpiUnits;
  aggregates(metric: M, ctx: KpiContext): KpiAggregates;
  /** The figure from the aggregates (numbers, NULL for an empty average). */
  value(metric: M, a: Readonly<Record<string, number | null>>): KpiValue;
}

/** part ÷ whole, null when there is no whole. */
export const share = (part: number | null, whole: number | null): number | null =>
  whole !== null && whole > 0 ? (part ?? 0) / whole : null;

/** An aggregate that is a count, as a number (0 when NULL). */
export const countOf = (v: number | null | undefined): number => v ?? 0;
