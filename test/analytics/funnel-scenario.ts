import type { FunnelSpecInput } from '../../src/analytics/spec/funnel-spec.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/** Expected funnel numbers, worked out by hand from the scenario's events. */
export interface FunnelExpectation {
  /** Persons per step (furthest step reached, counted once). */
  counts: number[];
  /** Further fields per step, compared where given (e.g. times in seconds). */
  steps?: Record<string, number | string | null>[];
  /** Breakdown groups in result order, with their counts. */
  breakdown?: { value: string | null; other?: true; counts: number[] }[];
  /** With an interval: per time bucket (start as UTC ISO), persons per step. */
  overTime?: { start: string; counts: number[] }[];
  /** Per step, the users (by userId or anon:<id>) who reached it and who dropped off at it. */
  persons?: { converted: string[]; dropped: string[] }[];
}

/**
 * One row of the funnel conformance table: events → spec → expected result. Engine-agnostic:
 * every store's runner plays the same rows; a runner that cannot do one lists it with a reason.
 */
export interface FunnelScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  events: ScenarioEvent[];
  /** Journey maps to store before the query (for persona filters): id and document. */
  maps?: { id: string; doc: unknown }[];
  spec: FunnelSpecInput;
  expect: FunnelExpectation;
}
