import { expect } from 'vitest';
import { runQuery } from '../../src/analytics/run-query.ts';
import { ingestScenario } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';
import type { VocScenario } from './voc-scenario.ts';

/**
 * Partial deep comparison: the keys `want` gives, lists of the same length, numbers to 6 decimals
 * (the intervals rest on a normal quantile accurate to ~1e-9 relative, ×100 for NPS).
 */
function expectLike(actual: unknown, want: unknown, at: string): void {
  if (typeof want === 'number') {
    expect(actual, at).toBeTypeOf('number');
    expect(actual as number, at).toBeCloseTo(want, 6);
  } else if (Array.isArray(want)) {
    expect(Array.isArray(actual), `${at} is a list`).toBe(true);
    expect((actual as unknown[]).length, `${at} length`).toBe(want.length);
    want.forEach((w, i) => {
      expectLike((actual as unknown[])[i], w, `${at}[${i}]`);
    });
  } else if (want !== null && typeof want === 'object') {
    expect(actual, at).toBeTypeOf('object');
    for (const [key, w] of Object.entries(want)) {
      expectLike((actual as Record<string, unknown>)[key], w, `${at}.${key}`);
    }
  } else {
    expect(actual, at).toEqual(want);
  }
}

/** Plays one voc scenario on a store and checks the result against the hand-worked numbers. */
export async function checkVocScenario(ctx: ScenarioContext, scenario: VocScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events, scenario.maps ?? []);
  const outcome = await runQuery(store, ws, scenario.spec);
  if (scenario.expect.errors) {
    expect(outcome, scenario.why).toEqual({ ok: false, errors: scenario.expect.errors });
    return;
  }
  if (!outcome.ok) throw new Error(`spec rejected: ${JSON.stringify(outcome.errors)}`);
  expectLike(outcome.result, scenario.expect.result, `result (${scenario.why})`);
}
