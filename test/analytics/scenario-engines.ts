import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Ingestor } from '../../src/ingest/ingestor.ts';
import type { Store } from '../../src/store/store.ts';
import { tempClickHouseStore } from '../helpers/temp-clickhouse-store.ts';
import { tempStore } from '../helpers/temp-store.ts';
import { startIngestor } from './run-scenario.ts';

/**
 * A store engine the conformance tables run on. Every scenario table (funnels, paths,
 * retention, …) runs on each engine through `describeScenarios`, every scenario on every engine
 * (STYLE.md: one conformance suite). None is skipped today; an engine that one day cannot run a
 * scenario should say so with the reason beside the runner, not silently pass.
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
): void {
  describe(`${table} scenarios on ${engine.name}`, () => {
    let opened: Awaited<ReturnType<ScenarioEngine['open']>>;
    let ingestor: Ingestor;
    beforeAll(async () => {
      opened = await engine.open();
      ingestor = await startIngestor(opened.store);
    });
    afterAll(() => opened?.dispose());

    scenarios.forEach((scenario, index) => {
      it(scenario.name, () =>
        check({ store: opened.store, ingestor, workspaceId: `${table}-${index}` }, scenario),
      );
    });
  });
}
