import type { RetentionScenario } from './retention-scenario.ts';
import { cohortScenarios } from './retention-scenarios-cohorts.ts';
import { periodScenarios } from './retention-scenarios-periods.ts';

/** The retention conformance table every store runs (see retention-scenario.ts). */
export const retentionScenarios: RetentionScenario[] = [...periodScenarios, ...cohortScenarios];
