import { checkPathsScenario } from './check-paths-scenario.ts';
import { pathsScenarios } from './paths-scenarios.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as paths-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('paths', clickhouseEngine, pathsScenarios, checkPathsScenario);
