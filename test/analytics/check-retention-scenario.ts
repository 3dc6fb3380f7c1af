import { expect } from 'vitest';
import type { RetentionCohort, RetentionResult } from '../../src/analytics/retention/retention-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { RetentionScenario } from './retention-scenario.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';

const cohorts = (list: RetentionCohort[]) => list.map((c) => ({ start: c.start, values: c.values }));

/** Sizes are period 0 and rates are values over the size, in every cohort. */
function expectConsistent(list: RetentionCohort[]) {
  for (const c of list) {
    expect(c.size).toBe(c.values[0]);
    expect(c.rates).toEqual(c.values.map((v) => v / c.size));
  }
}

/** Plays one retention scenario on a store and checks the cohorts against the hand-worked numbers. */
export async function checkRetentionScenario(
  ctx: ScenarioContext,
  scenario: RetentionScenario,
): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  const result = outcome.result as RetentionResult;
  expect(cohorts(result.cohorts), scenario.why).toEqual(scenario.expect.cohorts);
  expectConsistent(result.cohorts);
  if (scenario.expect.breakdown) {
    expect(
      result.breakdown?.map((g) => ({
        value: g.value,
        ...(g.other ? { other: true } : {}),
        cohorts: cohorts(g.cohorts),
      })),
      scenario.why,
    ).toEqual(scenario.expect.breakdown);
    for (const g of result.breakdown ?? []) expectConsistent(g.cohorts);
  } else {
    expect(result.breakdown).toBeUndefined();
  }
}
