import { checkPathsScenario } from './check-paths-scenario.ts';
import { pathsScenarios } from './paths-scenarios.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('paths', duckdbEngine, pathsScenarios, checkPathsScenario);
