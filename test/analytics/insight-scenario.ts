import { expect } from 'vitest';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { FormattedIssue } from '../../src/model/format-issue.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/**
 * One row of the insights conformance table (pain points, moments of truth, persona
 * suggestions): maps and events → spec → the result checked against numbers worked out by hand
 * (in `why`), or the spec's errors.
 */
export interface InsightScenario {
  name: string;
  why: string;
  maps: { id: string; doc: unknown }[];
  events: ScenarioEvent[];
  spec: Record<string, unknown>;
  /** Assertions on the result (the hand-worked numbers). */
  check?: (result: never) => void;
  errors?: FormattedIssue[];
}

/** Plays one insight scenario on a store and checks it. */
export async function checkInsightScenario(ctx: ScenarioContext, scenario: InsightScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events, scenario.maps);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (scenario.errors) {
    expect(outcome, scenario.why).toEqual({ ok: false, errors: scenario.errors });
    return;
  }
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  scenario.check?.(outcome.result as never);
}

/** `toBeCloseTo` to 9 decimals, for rates and money computed in floating point. */
export const close = (actual: number | null | undefined, expected: number, label: string): void => {
  expect(actual, label).not.toBeNull();
  expect(actual as number, label).toBeCloseTo(expected, 9);
};
