import type { FunnelSpecInput } from '../../../src/analytics/spec/funnel-spec.ts';
import type { JourneySpecInput } from '../../../src/analytics/spec/journey-spec.ts';
import type { AudienceDefinitionInput } from '../api/audience-api.ts';

/**
 * The audience of the persons who dropped off at funnel step `step` (0-based; step 0 has no
 * drop-off). Only what decides who dropped off is kept: the person lists, breakdown and
 * interval of the funnel as shown change nothing about who dropped off, so they are left out of
 * the definition the audience keeps.
 * Example: a funnel with a channel breakdown, step 2 → `{ source: 'funnel', spec: { type:
 * 'funnel', steps, window, order }, step: 2 }`.
 */
export function funnelDropOffDefinition(spec: FunnelSpecInput, step: number): AudienceDefinitionInput {
  const {
    includePersons: _persons,
    personLimit: _limit,
    breakdown: _breakdown,
    interval: _interval,
    ...kept
  } = spec;
  return { source: 'funnel', spec: kept, step };
}

/** The audience of the persons who met a touchpoint of the journey spec's map and never reached a later stage. */
export function touchpointDropOffDefinition(
  spec: JourneySpecInput,
  touchpointId: string,
): AudienceDefinitionInput {
  return { source: 'touchpoint', spec, touchpointId };
}
