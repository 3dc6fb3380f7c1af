import { checkJourneyScenario } from './check-journey-scenario.ts';
import { journeyScenarios } from './journey-scenarios.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('journey', duckdbEngine, journeyScenarios, checkJourneyScenario);
