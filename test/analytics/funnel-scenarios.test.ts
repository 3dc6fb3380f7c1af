import { checkFunnelScenario } from './check-funnel-scenario.ts';
import { funnelScenarios } from './funnel-scenarios.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('funnel', duckdbEngine, funnelScenarios, checkFunnelScenario);
