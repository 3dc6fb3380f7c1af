import { describe, expect, it } from 'vitest';
import { funnelDropOffDefinition, touchpointDropOffDefinition } from './audience-definitions.ts';

describe('funnelDropOffDefinition', () => {
  it('keeps what decides who dropped off (steps, window, order, range) and drops how it was shown', () => {
    expect(
      funnelDropOffDefinition(
        {
          type: 'funnel',
          steps: [{ event: 'A' }, { event: 'B' }],
          window: { value: 7, unit: 'day' },
          order: 'strict',
          range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
          timezone: 'Europe/Warsaw',
          includePersons: true,
          personLimit: 100,
          breakdown: { on: 'field', name: 'channel' },
          interval: { unit: 'week' },
        },
        1,
      ),
    ).toEqual({
      source: 'funnel',
      spec: {
        type: 'funnel',
        steps: [{ event: 'A' }, { event: 'B' }],
        window: { value: 7, unit: 'day' },
        order: 'strict',
        range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
        timezone: 'Europe/Warsaw',
      },
      step: 1,
    });
  });
});

describe('touchpointDropOffDefinition', () => {
  it('keeps the journey spec whole: its persona and range decide who is counted', () => {
    const spec = { type: 'journey' as const, mapId: 'm1', persona: 'p1' };
    expect(touchpointDropOffDefinition(spec, 'tp1')).toEqual({
      source: 'touchpoint',
      spec,
      touchpointId: 'tp1',
    });
  });
});
