import { attributionScenarios } from './attribution-scenarios.ts';
import { checkAttributionScenario } from './check-attribution-scenario.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as attribution-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('attribution', clickhouseEngine, attributionScenarios, checkAttributionScenario);
