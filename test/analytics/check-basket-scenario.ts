import { expect } from 'vitest';
import type { BasketResult } from '../../src/analytics/basket/basket-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import type { BasketScenario } from './basket-scenario.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';

/** Plays one basket scenario on a store and checks the result against the hand-worked numbers. */
export async function checkBasketScenario(ctx: ScenarioContext, scenario: BasketScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  const result = outcome.result as BasketResult;
  const want = scenario.expect;
  expect([result.transactions, result.items], scenario.why).toEqual([want.transactions, want.items]);
  expect(
    result.itemsets.map((s) => [s.items.join('+'), s.count]),
    scenario.why,
  ).toEqual(want.itemsets);
  expect(
    result.rules.map((r) => ({
      rule: `${r.antecedent.join('+')} => ${r.consequent.join('+')}`,
      count: r.count,
    })),
    scenario.why,
  ).toEqual(want.rules.map((r) => ({ rule: r.rule, count: r.count })));
  result.rules.forEach((r, i) => {
    expect(r.confidence).toBeCloseTo(want.rules[i]!.confidence, 12);
    expect(r.lift).toBeCloseTo(want.rules[i]!.lift, 12);
    expect(r.support).toBe(r.count / result.transactions);
    expect(r.conviction === null).toBe(r.confidence === 1);
  });
  expect([result.itemsetCount, result.ruleCount]).toEqual([want.itemsets.length, want.rules.length]);
}
