import { checkKpiScenario } from './check-kpi-scenario.ts';
import { kpiScenarios } from './kpi-scenarios.ts';
import { describeScenarios, duckdbEngine } from './scenario-engines.ts';

describeScenarios('kpi', duckdbEngine, kpiScenarios, checkKpiScenario);
