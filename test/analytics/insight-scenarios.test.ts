import { checkInsightScenario } from './insight-scenario.ts';
import { insightScenarios } from './insight-scenarios.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('insights', duckdbEngine, insightScenarios, checkInsightScenario);
