import { expect } from 'vitest';
import type { PathsResult } from '../../src/analytics/paths/paths-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { PathsScenario } from './paths-scenario.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';

/** Plays one paths scenario on a store and checks the result against the hand-worked numbers. */
export async function checkPathsScenario(ctx: ScenarioContext, scenario: PathsScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events, scenario.maps);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  const result = outcome.result as PathsResult;
  const want = scenario.expect;
  expect(result.total, scenario.why).toBe(want.total);
  // Shares are exact fractions of the total, computed here the same way from the hand counts.
  expect(result.paths, scenario.why).toEqual(
    want.paths.map((p) => ({ nodes: p.nodes, count: p.count, share: p.count / want.total })),
  );
  expect(
    result.edges.map((e) => ({ step: e.from.step, from: e.from.name, to: e.to.name, count: e.count })),
    scenario.why,
  ).toEqual(want.edges);
  for (const e of result.edges) expect(e.to.step).toBe(e.from.step + 1);
}
