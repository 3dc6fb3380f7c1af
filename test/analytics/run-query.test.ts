import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelResult } from '../../src/analytics/funnel/funnel-result.ts';
import { runQuery } from '../../src/analytics/run-query.ts';
import { tempStore } from '../helpers/temp-store.ts';

let temp: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  temp = await tempStore();
});
afterAll(() => temp.dispose());

describe('runQuery', () => {
  it('answers an invalid spec with its problems, by field', async () => {
    expect(
      await runQuery(temp.store, 'default', { type: 'funnel', steps: [{ event: 'A' }], order: 'loose' }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'steps', message: 'A funnel needs at least 2 steps' },
        { path: 'order', message: 'Must be one of: ordered, strict, unordered' },
      ],
    });
  });

  it('answers a persona that does not exist as a spec problem', async () => {
    const outcome = await runQuery(temp.store, 'default', {
      type: 'funnel',
      steps: [{ event: 'A' }, { event: 'B' }],
      where: [{ on: 'persona', map: 'no-such-map', op: 'eq', value: 'p' }],
    });
    expect(outcome).toEqual({
      ok: false,
      errors: [{ path: 'where[0].value', message: 'No journey map "no-such-map" in this workspace' }],
    });
  });

  it('gives every step with zeros for a workspace without events, in each order', async () => {
    for (const order of ['ordered', 'strict', 'unordered'] as const) {
      const outcome = await runQuery(temp.store, 'empty', {
        type: 'funnel',
        order,
        steps: [{ event: 'A' }, { event: 'B', label: 'Bought' }],
        exclusions: order === 'unordered' ? [] : [{ event: 'X', from: 0, to: 1 }],
        breakdown: { on: 'field', name: 'channel' },
        includePersons: true,
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      expect(outcome.result as FunnelResult).toEqual({
        steps: [
          {
            event: 'A',
            label: 'A',
            count: 0,
            conversionRate: 0,
            stepConversionRate: 0,
            dropOff: 0,
            dropOffRate: 0,
            avgSecondsFromPrevious: null,
            medianSecondsFromPrevious: null,
            persons: { converted: [], dropped: [] },
          },
          {
            event: 'B',
            label: 'Bought',
            count: 0,
            conversionRate: 0,
            stepConversionRate: 0,
            dropOff: 0,
            dropOffRate: 0,
            avgSecondsFromPrevious: null,
            medianSecondsFromPrevious: null,
            persons: { converted: [], dropped: [] },
          },
        ],
        breakdown: [],
      });
    }
  });
});
