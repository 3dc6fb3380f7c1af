import { checkKpiScenario } from './check-kpi-scenario.ts';
import { kpiScenarios } from './kpi-scenarios.ts';
import { clickhouseEngine, describeScenarios } from './scenario-engines.ts';

// The same table as kpi-scenarios.test.ts, with the same expectations, on ClickHouse.
describeScenarios('kpi', clickhouseEngine, kpiScenarios, checkKpiScenario);
