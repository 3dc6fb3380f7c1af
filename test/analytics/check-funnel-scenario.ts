import { expect } from 'vitest';
import type { FunnelResult, FunnelStepResult } from '../../src/analytics/funnel/funnel-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { FunnelScenario } from './funnel-scenario.ts';
import { ingestScenario, personOf } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';

const counts = (steps: FunnelStepResult[]) => steps.map((s) => s.count);

/** Plays one funnel scenario on a store and checks the result against the hand-worked numbers. */
export async function checkFunnelScenario(ctx: ScenarioContext, scenario: FunnelScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events, scenario.maps);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  const result = outcome.result as FunnelResult;
  const { expect: want } = scenario;

  expect(counts(result.steps), scenario.why).toEqual(want.counts);
  want.steps?.forEach((fields, i) => {
    for (const [key, value] of Object.entries(fields)) {
      const actual = result.steps[i]?.[key as keyof FunnelStepResult];
      if (typeof value === 'number') expect(actual, `step ${i + 1} ${key}`).toBeCloseTo(value, 9);
      else expect(actual, `step ${i + 1} ${key}`).toEqual(value);
    }
  });
  if (want.breakdown) {
    expect(
      result.breakdown?.map((g) => ({
        value: g.value,
        ...(g.other ? { other: true } : {}),
        counts: counts(g.steps),
      })),
      scenario.why,
    ).toEqual(want.breakdown);
  }
  if (want.overTime) {
    expect(
      result.overTime?.map((b) => ({ start: b.start, counts: counts(b.steps) })),
      scenario.why,
    ).toEqual(want.overTime);
  }
  if (want.persons) {
    const ids = async (names: string[]) =>
      (await Promise.all(names.map((n) => personOf(store, ws, n)))).sort();
    for (const [i, step] of want.persons.entries()) {
      expect(result.steps[i]?.persons?.converted, `step ${i + 1} converted`).toEqual(
        await ids(step.converted),
      );
      expect(result.steps[i]?.persons?.dropped, `step ${i + 1} dropped`).toEqual(await ids(step.dropped));
    }
  }
}
