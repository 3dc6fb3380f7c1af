import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Ingestor } from '../../src/ingest/ingestor.ts';
import type { Store } from '../../src/store/store.ts';
import { tempClickHouseStore } from '../helpers/temp-clickhouse-store.ts';
import { tempStore } from '../helpers/temp-store.ts';
import { startIngestor } from './run-scenario.ts';

/**
 * A store engine the conformance tables run on. Every scenario table (funnels, paths,
 * retention, …) runs on each engine through `describeScenarios`; an engine that cannot do a
 * scenario lists it in its runner's skips, with the reason (STYLE.md: one conformance suite).
 */
export interface ScenarioEngine {
  /** For test names. */
  readonly name: string;
  /** A fresh, empty store; `dispose()` closes it and removes its files. */
  open(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

export const duckdbEngine: ScenarioEngine = { name: 'DuckDB', open: tempStore };

/** ClickHouse 26 in-process (chdb); one per test file, so give each engine its own file. */
export const clickhouseEngine: ScenarioEngine = { name: 'ClickHouse (chdb)', open: tempClickHouseStore };

/** What a scenario check gets: the engine's store, its ingestor, and the scenario's own workspace. */
export interface ScenarioContext {
  store: Store;
  ingestor: Ingestor;
  workspaceId: string;
}

/** Scenario names an engine cannot run, each with the reason. */
export type ScenarioSkips = Readonly<Record<string, string>>;

/**
 * Runs a scenario table on one engine: one store for the file, one workspace per scenario (the
 * same user names recur across scenarios, so every scenario also checks that workspaces do not
 * see each other's events). A runner is a few lines:
 * `describeScenarios('funnel', clickhouseEngine, funnelScenarios, checkFunnelScenario)`.
 */
export function describeScenarios<S extends { name: string }>(
  table: string,
  engine: ScenarioEngine,
  scenarios: readonly S[],
  check: (ctx: ScenarioContext, scenario: S) => Promise<void>,
  skips: ScenarioSkips = {},
): void {
  describe(`${table} scenarios on ${engine.name}`, () => {
    let opened: Awaited<ReturnType<ScenarioEngine['open']>>;
    let ingestor: Ingestor;
    beforeAll(async () => {
      opened = await engine.open();
      ingestor = await startIngestor(opened.store);
    });
    afterAll(() => opened?.dispose());

    const unknown = Object.keys(skips).filter((name) => !scenarios.some((s) => s.name === name));
    if (unknown.length > 0) throw new Error(`skips name no ${table} scenario: ${unknown.join(', ')}`);

    scenarios.forEach((scenario, index) => {
      const reason = skips[scenario.name];
      if (reason !== undefined) {
        it.skip(`${scenario.name} — not on ${engine.name}: ${reason}`, () => {});
        return;
      }
      it(scenario.name, () =>
        check({ store: opened.store, ingestor, workspaceId: `${table}-${index}` }, scenario),
      );
    });
  });
}
