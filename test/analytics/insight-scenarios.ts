import type { InsightScenario } from './insight-scenario.ts';
import { momentScenarios } from './insight-scenarios-moments.ts';
import { painScenarios } from './insight-scenarios-pain.ts';
import { personaScenarios } from './insight-scenarios-personas.ts';

/** Pain points, moments of truth and persona suggestions: one table, every engine. */
export const insightScenarios: InsightScenario[] = [
  ...painScenarios,
  ...momentScenarios,
  ...personaScenarios,
];
