import type { PathsScenario } from './paths-scenario.ts';
import { nodeScenarios } from './paths-scenarios-nodes.ts';
import { sequenceScenarios } from './paths-scenarios-sequence.ts';

/** The paths conformance table every store runs (see paths-scenario.ts). */
export const pathsScenarios: PathsScenario[] = [...sequenceScenarios, ...nodeScenarios];
