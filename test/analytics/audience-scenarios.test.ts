import { audienceScenarios, checkAudienceScenario } from './audience-scenarios.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('audiences', duckdbEngine, audienceScenarios, checkAudienceScenario);
