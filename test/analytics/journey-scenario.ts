import type {
  JourneyStageResult,
  JourneyTouchpointResult,
  JourneyTransition,
} from '../../src/analytics/journey/journey-result.ts';
import type { JourneySpecInput } from '../../src/analytics/spec/journey-spec.ts';
import type { EventBinding } from '../../src/model/event-binding.ts';
import { exampleMap } from '../../src/model/example-map.ts';
import type { FormattedIssue } from '../../src/model/format-issue.ts';
import { type JourneyMap, JourneyMapSchema } from '../../src/model/journey-map.ts';
import type { ScenarioEvent } from './scenario-events.ts';

/**
 * Expected journey numbers, worked out by hand from the scenario's events. Stages and touchpoints
 * are checked by id, on the fields given (numbers to 9 decimals); transitions are the whole list.
 * A scenario about a bad spec gives `errors` instead.
 */
export interface JourneyExpectation {
  persons?: number;
  stages?: Record<string, Partial<JourneyStageResult>>;
  touchpoints?: Record<string, Partial<JourneyTouchpointResult>>;
  transitions?: JourneyTransition[];
  errors?: FormattedIssue[];
}

/**
 * One row of the journey conformance table: a map and events → spec → expected result.
 * Engine-agnostic: every store's runner plays the same rows; a runner that cannot do one lists
 * it with a reason.
 */
export interface JourneyScenario {
  name: string;
  /** Why the expected numbers are what they are, in words. */
  why: string;
  /** Journey maps to store before the query: id and document. */
  maps: { id: string; doc: unknown }[];
  events: ScenarioEvent[];
  spec: JourneySpecInput;
  expect: JourneyExpectation;
}

/** A touchpoint of a scenario map: on a stage, bound to events or not. */
export interface TouchpointDef {
  id: string;
  stage: string;
  event?: string | EventBinding;
}

/**
 * A valid journey map (checked against the map schema) with the given stages (`[id, name]`, in
 * order) and touchpoints, and the example map's persona `p-young-pro` (age 25–34, plan pro or
 * team, email set). A bare event name is a binding without filters.
 */
export function journeyMap(id: string, stages: [string, string][], touchpoints: TouchpointDef[]): JourneyMap {
  const base = exampleMap();
  return JourneyMapSchema.parse({
    ...base,
    id,
    stages: stages.map(([sid, name]) => ({ id: sid, name })),
    touchpoints: touchpoints.map((t) => ({
      id: t.id,
      stageId: t.stage,
      channel: 'web',
      name: t.id,
      ...(t.event === undefined
        ? {}
        : { event: typeof t.event === 'string' ? { event: t.event, where: [] } : t.event }),
    })),
    laneItems: [],
  });
}

/** Awareness → Consideration → Purchase, one touchpoint each: an ad click, a product view, an order. */
export const SHOP_STAGES: [string, string][] = [
  ['aware', 'Awareness'],
  ['consider', 'Consideration'],
  ['buy', 'Purchase'],
];
export const shopMap = (id = 'shop') =>
  journeyMap(id, SHOP_STAGES, [
    { id: 't-ad', stage: 'aware', event: 'Ad Clicked' },
    { id: 't-view', stage: 'consider', event: 'Product Viewed' },
    { id: 't-order', stage: 'buy', event: 'Order Completed' },
  ]);
