import { expect } from 'vitest';
import { AudienceDefinitionSchema } from '../../src/analytics/audiences/audience-definition.ts';
import { findAudienceMembers } from '../../src/analytics/audiences/find-audience-members.ts';
import { personDetails } from '../../src/analytics/audiences/person-details.ts';
import { shopMap } from './journey-scenario.ts';
import { ingestScenario, personOf } from './run-scenario.ts';
import type { ScenarioContext } from './scenario-engines.ts';
import { HOUR, identify, MINUTE, type ScenarioEvent, track } from './scenario-events.ts';

/** Drop-off audiences on every engine: who is in them, with their ids and traits. */
export interface AudienceScenario {
  name: string;
  why: string;
  events: ScenarioEvent[];
  definition: unknown;
  /** Scenario users (`ola`, `anon:a9`) expected as members. */
  members: string[];
}

const EVENTS: ScenarioEvent[] = [
  identify(null, 'jan', 0, { email: 'jan@example.com' }),
  track('jan', 0, 'Ad Clicked'),
  track('jan', MINUTE, 'Product Viewed'),
  track('jan', 2 * MINUTE, 'Order Completed'),
  track('anon:a1', 0, 'Ad Clicked'),
  track('anon:a1', MINUTE, 'Product Viewed'),
  identify('a1', 'ola', 2 * MINUTE, { email: 'ola@example.com', plan: 'free' }),
  track('ola', 5 * HOUR, 'Order Completed'),
  track('anon:a9', 0, 'Ad Clicked'),
];

export const audienceScenarios: AudienceScenario[] = [
  {
    name: 'funnel drop-off: reached the step before, not this one',
    why: 'Ad → view → order: a9 clicked and never viewed, so a9 dropped at step 1 (the view).',
    events: EVENTS,
    definition: {
      source: 'funnel',
      spec: {
        type: 'funnel',
        steps: [{ event: 'Ad Clicked' }, { event: 'Product Viewed' }, { event: 'Order Completed' }],
      },
      step: 1,
    },
    members: ['anon:a9'],
  },
  {
    name: 'touchpoint drop-off within a window: ola ordered, but too late',
    why:
      'With a 1-hour window, the view converts only for jan (order a minute later); ola (the ' +
      'stitched a1) ordered 5 hours after viewing, so ola dropped off at the view.',
    events: EVENTS,
    definition: {
      source: 'touchpoint',
      spec: { type: 'journey', mapId: 'shop', window: { value: 1, unit: 'hour' } },
      touchpointId: 't-view',
    },
    members: ['ola'],
  },
];

export async function checkAudienceScenario(ctx: ScenarioContext, scenario: AudienceScenario): Promise<void> {
  const { store, ingestor, workspaceId: ws } = ctx;
  await ingestScenario(store, ingestor, ws, scenario.events, [{ id: 'shop', doc: shopMap() }]);
  const found = await findAudienceMembers(store, ws, AudienceDefinitionSchema.parse(scenario.definition));
  if (!found.ok) throw new Error(JSON.stringify(found.errors));
  const expected = await Promise.all(scenario.members.map((m) => personOf(store, ws, m)));
  expect(found.members, scenario.why).toEqual(expected.sort());
  expect(found.truncated).toBe(false);
  const details = await personDetails(store.analytics, ws, found.members);
  if (scenario.members.includes('ola')) {
    expect(details.find((d) => d.ids.includes('ola'))).toEqual({
      id: await personOf(store, ws, 'ola'),
      ids: ['a1', 'ola'],
      traits: { email: 'ola@example.com', plan: 'free' },
    });
  }
}
