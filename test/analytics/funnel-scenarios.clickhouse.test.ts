import { checkFunnelScenario } from './check-funnel-scenario.ts';
import { funnelScenarios } from './funnel-scenarios.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as funnel-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('funnel', clickhouseEngine, funnelScenarios, checkFunnelScenario);
