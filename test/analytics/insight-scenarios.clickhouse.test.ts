import { checkInsightScenario } from './insight-scenario.ts';
import { insightScenarios } from './insight-scenarios.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as insight-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('insights', clickhouseEngine, insightScenarios, checkInsightScenario);
