import type { KpiValue } from '../../src/analytics/kpi/kpi-result.ts';
import type { KpiSpecInput } from '../../src/analytics/spec/kpi-spec.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/** Fields of a KPI figure to compare (numbers to 9 digits), worked out by hand. */
export type KpiFields = Partial<KpiValue>;

export interface KpiTimeExpectation {
  start: string;
  kpi: KpiFields;
}

/** Expected KPI numbers, worked out by hand from the scenario's events. */
export interface KpiExpectation {
  kpi: KpiFields;
  /** Breakdown groups in result order. */
  breakdown?: { value: string | null; other?: true; kpi: KpiFields; overTime?: KpiTimeExpectation[] }[];
  /** Time buckets in result order. */
  overTime?: KpiTimeExpectation[];
}

/**
 * One row of the KPI conformance table: events → spec → expected figures. Engine-agnostic:
 * every store's runner plays the same rows; a runner that cannot do one lists it with a reason.
 */
export interface KpiScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  events: ScenarioEvent[];
  spec: KpiSpecInput;
  expect: KpiExpectation;
}

/** A Segment `page` call by `who` (a userId, or `anon:<id>`) for the page at `path`. */
export function page(who: string, seconds: number, path: string): ScenarioEvent {
  const id = who.startsWith('anon:') ? { anonymousId: who.slice(5) } : { userId: who };
  return { at: seconds, message: { type: 'page', ...id, name: path, properties: { path } } };
}
