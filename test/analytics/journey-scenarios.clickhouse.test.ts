import { checkJourneyScenario } from './check-journey-scenario.ts';
import { journeyScenarios } from './journey-scenarios.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as journey-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('journey', clickhouseEngine, journeyScenarios, checkJourneyScenario);
