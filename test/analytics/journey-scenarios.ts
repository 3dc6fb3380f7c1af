import type { JourneyScenario } from './journey-scenario.ts';
import { dataScenarios } from './journey-scenarios-data.ts';
import { flowScenarios } from './journey-scenarios-flow.ts';

/** The journey conformance table every store runs (see journey-scenario.ts). */
export const journeyScenarios: JourneyScenario[] = [...flowScenarios, ...dataScenarios];
