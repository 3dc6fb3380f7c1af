import { checkRetentionScenario } from './check-retention-scenario.ts';
import { retentionScenarios } from './retention-scenarios.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('retention', duckdbEngine, retentionScenarios, checkRetentionScenario);
