import { z } from 'zod';
import { EventMatchSchema } from './event-match.ts';
import { type JourneySpec, JourneySpecSchema } from './journey-spec.ts';
import { PropertyNameSchema } from './where-filter.ts';

const { type: _journeyType, ...scope } = JourneySpecSchema.shape;

/**
 * The fields that say which part of a journey an insight looks at, exactly as a journey spec
 * has them: `mapId`, `range`, `window`, `where`, `persona`. Pain points, moments of truth and
 * touchpoint audiences measure the same persons and conversions as the map's live numbers.
 */
export const journeyScopeShape = scope;

/** The journey spec with the same scope, for the journey compilers. */
export function asJourneySpec(
  spec: Pick<JourneySpec, 'mapId' | 'range' | 'window' | 'where' | 'persona'>,
): JourneySpec {
  return {
    type: 'journey',
    mapId: spec.mapId,
    where: spec.where,
    ...(spec.range ? { range: spec.range } : {}),
    ...(spec.window ? { window: spec.window } : {}),
    ...(spec.persona !== undefined ? { persona: spec.persona } : {}),
  };
}

/** Segment's e-commerce purchase event (https://segment.com/docs/connections/spec/ecommerce/v2/). */
export const ORDER_COMPLETED = { event: 'Order Completed', where: [] };

/**
 * Where an order's value is: purchase events (default "Order Completed") and the properties that
 * hold the value, the first one holding a number winning (default `revenue`, then `total`), as
 * the revenue KPI reads them.
 */
export const purchaseValueShape = {
  purchase: EventMatchSchema.default(ORDER_COMPLETED),
  valueProperties: z
    .array(PropertyNameSchema, { error: 'Must be a list of property names' })
    .min(1, 'List must not be empty')
    .max(10, 'At most 10 properties')
    .default(['revenue', 'total']),
};
