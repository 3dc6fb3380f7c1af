import type { KpiScenario } from './kpi-scenario.ts';
import { commerceScenarios } from './kpi-scenarios-commerce.ts';
import { surveyScenarios } from './kpi-scenarios-surveys.ts';
import { webScenarios } from './kpi-scenarios-web.ts';

/** The KPI conformance table every store runs (see kpi-scenario.ts). */
export const kpiScenarios: KpiScenario[] = [...commerceScenarios, ...webScenarios, ...surveyScenarios];
