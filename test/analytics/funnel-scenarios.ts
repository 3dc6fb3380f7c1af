import type { FunnelScenario } from './funnel-scenario.ts';
import { filterScenarios } from './funnel-scenarios-filters.ts';
import { identityScenarios } from './funnel-scenarios-identity.ts';
import { orderScenarios } from './funnel-scenarios-order.ts';

/** The funnel conformance table every store runs (see funnel-scenario.ts). */
export const funnelScenarios: FunnelScenario[] = [
  ...orderScenarios,
  ...identityScenarios,
  ...filterScenarios,
];
