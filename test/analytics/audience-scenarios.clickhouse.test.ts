import { audienceScenarios, checkAudienceScenario } from './audience-scenarios.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as audience-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('audiences', clickhouseEngine, audienceScenarios, checkAudienceScenario);
