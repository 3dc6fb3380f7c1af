import type { BasketSpecInput } from '../../src/analytics/spec/basket-spec.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/** Expected basket numbers, worked out by hand from the scenario's events. */
export interface BasketExpectation {
  transactions: number;
  items: number;
  /** Every itemset in result order: items joined with `+`, and its basket count. */
  itemsets: [string, number][];
  /** Every rule in result order: `a+b => c`, basket count, confidence and lift as fractions. */
  rules: { rule: string; count: number; confidence: number; lift: number }[];
}

/** One row of the basket conformance table: events → spec → expected itemsets and rules. */
export interface BasketScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  events: ScenarioEvent[];
  spec: BasketSpecInput;
  expect: BasketExpectation;
}
