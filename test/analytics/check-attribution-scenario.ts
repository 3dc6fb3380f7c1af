import { expect } from 'vitest';
import type { AttributionResult } from '../../src/analytics/attribution/attribution-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { AttributionScenario } from './attribution-scenario.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';

/** Channel → number maps agree on their keys and, to 12 digits, on their numbers. */
function expectClose(
  actual: Record<string, number> | undefined,
  want: Record<string, number>,
  why: string,
): void {
  expect(Object.keys(actual ?? {}).sort(), why).toEqual(Object.keys(want).sort());
  for (const [channel, v] of Object.entries(want))
    expect(actual?.[channel], `${why} (${channel})`).toBeCloseTo(v, 12);
}

/** Plays one attribution scenario on a store and checks the result against the hand-worked numbers. */
export async function checkAttributionScenario(
  ctx: ScenarioContext,
  scenario: AttributionScenario,
): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events, scenario.maps);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  const result = outcome.result as AttributionResult;
  const want = scenario.expect;
  expect(result.conversions, scenario.why).toBe(want.conversions);
  expect(result.value, scenario.why).toBeCloseTo(want.value, 9);
  expect(Object.keys(result.models), scenario.why).toEqual(Object.keys(want.models));
  for (const [model, credits] of Object.entries(want.models)) {
    expectClose(result.models[model], credits, `${scenario.why} [${model}]`);
  }
  for (const [model, credits] of Object.entries(want.values ?? {})) {
    expectClose(result.values[model], credits, `${scenario.why} [${model} value]`);
  }
  if (want.removalEffects) expectClose(result.removalEffects, want.removalEffects, scenario.why);
  if (want.unattributed) expect(result.unattributed, scenario.why).toEqual(want.unattributed);
}
