import type { AttributionSpecInput } from '../../src/analytics/spec/attribution-spec.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/** Expected attribution numbers, worked out by hand from the scenario's events. */
export interface AttributionExpectation {
  /** Conversions and value of the attributed paths. */
  conversions: number;
  value: number;
  /** Per model, conversions credited to each channel (every channel listed). */
  models: Record<string, Record<string, number>>;
  /** Per model, value credited (only the models listed are checked). */
  values?: Record<string, Record<string, number>>;
  removalEffects?: Record<string, number>;
  unattributed?: { conversions: number; value: number };
}

/**
 * One row of the attribution conformance table: events → spec → expected result. Engine-
 * agnostic: every store's runner plays the same rows.
 */
export interface AttributionScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  events: ScenarioEvent[];
  maps?: { id: string; doc: unknown }[];
  spec: AttributionSpecInput;
  expect: AttributionExpectation;
}
