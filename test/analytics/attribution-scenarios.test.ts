import { attributionScenarios } from './attribution-scenarios.ts';
import { checkAttributionScenario } from './check-attribution-scenario.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('attribution', duckdbEngine, attributionScenarios, checkAttributionScenario);
