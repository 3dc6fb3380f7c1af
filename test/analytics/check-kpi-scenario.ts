import { expect } from 'vitest';
import type { KpiResult, KpiValue } from '../../src/analytics/kpi/kpi-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { KpiFields, KpiScenario, KpiTimeExpectation } from './kpi-scenario.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';

/** Compares the given fields only: numbers to 9 digits, nulls exactly. */
function expectFields(actual: KpiValue | undefined, want: KpiFields, where: string) {
  for (const [key, value] of Object.entries(want)) {
    const got = actual?.[key as keyof KpiValue];
    if (typeof value === 'number') expect(got, `${where} ${key}`).toBeCloseTo(value, 9);
    else expect(got, `${where} ${key}`).toEqual(value);
  }
}

function expectSeries(
  actual: { start: string; kpi: KpiValue }[] | undefined,
  want: KpiTimeExpectation[],
  where: string,
) {
  expect(
    actual?.map((b) => b.start),
    `${where} bucket starts`,
  ).toEqual(want.map((b) => b.start));
  want.forEach((b, i) => {
    expectFields(actual?.[i]?.kpi, b.kpi, `${where} ${b.start}`);
  });
}

/** Plays one KPI scenario on a store and checks the figures against the hand-worked numbers. */
export async function checkKpiScenario(ctx: ScenarioContext, scenario: KpiScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  const result = outcome.result as KpiResult;
  const want = scenario.expect;
  expectFields(result, want.kpi, `${scenario.why}\ntotal`);
  if (want.breakdown) {
    expect(
      result.breakdown?.map((g) => ({ value: g.value, ...(g.other ? { other: true } : {}) })),
      scenario.why,
    ).toEqual(want.breakdown.map((g) => ({ value: g.value, ...(g.other ? { other: true } : {}) })));
    want.breakdown.forEach((g, i) => {
      expectFields(result.breakdown?.[i]?.kpi, g.kpi, `group ${g.value}`);
      if (g.overTime) expectSeries(result.breakdown?.[i]?.overTime, g.overTime, `group ${g.value}`);
    });
  } else {
    expect(result.breakdown).toBeUndefined();
  }
  if (want.overTime) expectSeries(result.overTime, want.overTime, 'over time');
  else expect(result.overTime).toBeUndefined();
}
