import { checkRetentionScenario } from './check-retention-scenario.ts';
import { retentionScenarios } from './retention-scenarios.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as retention-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('retention', clickhouseEngine, retentionScenarios, checkRetentionScenario);
