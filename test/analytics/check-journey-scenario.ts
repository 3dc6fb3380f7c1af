import { expect } from 'vitest';
import type { JourneyResult } from '../../src/analytics/journey/journey-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { JourneyScenario } from './journey-scenario.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';

/** Compares the fields `want` gives; numbers to 9 decimals (medians and rates are fractions). */
function expectFields(actual: object | undefined, want: object, label: string): void {
  expect(actual, `${label} is in the result`).toBeDefined();
  for (const [key, value] of Object.entries(want)) {
    const got = (actual as Record<string, unknown>)[key];
    if (typeof value === 'number') expect(got, `${label}.${key}`).toBeCloseTo(value, 9);
    else expect(got, `${label}.${key}`).toEqual(value);
  }
}

/** Plays one journey scenario on a store and checks the result against the hand-worked numbers. */
export async function checkJourneyScenario(ctx: ScenarioContext, scenario: JourneyScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events, scenario.maps);
  const outcome = await runQuery(store, ws, scenario.spec);
  const want = scenario.expect;
  if (want.errors) {
    expect(outcome, scenario.why).toEqual({ ok: false, errors: want.errors });
    return;
  }
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  const result = outcome.result as JourneyResult;

  if (want.persons !== undefined) expect(result.persons, `persons — ${scenario.why}`).toBe(want.persons);
  for (const [id, fields] of Object.entries(want.stages ?? {})) {
    expectFields(
      result.stages.find((s) => s.id === id),
      fields,
      `stage ${id}`,
    );
  }
  for (const [id, fields] of Object.entries(want.touchpoints ?? {})) {
    expectFields(
      result.touchpoints.find((t) => t.id === id),
      fields,
      `touchpoint ${id}`,
    );
  }
  if (want.transitions) expect(result.transitions, scenario.why).toEqual(want.transitions);
}
