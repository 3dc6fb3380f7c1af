import { describe, expect, it } from 'vitest';
import { definitionWords, referencedMaps } from './audience-words.ts';

const funnel = {
  source: 'funnel' as const,
  spec: {
    type: 'funnel' as const,
    steps: [
      { event: 'Product Viewed' },
      { event: 'Product Added', label: 'Cart' },
      { event: 'Order Completed' },
    ],
  },
  step: 1,
};

describe('definitionWords', () => {
  it('numbers a funnel step from 1 as the funnel table does, by its label when it has one', () => {
    expect(definitionWords(funnel, new Map())).toEqual({
      key: 'funnel',
      n: 2,
      step: 'Cart',
      steps: 'Product Viewed → Cart → Order Completed',
    });
  });

  it('names a touchpoint and its map from the map, or by id when the map is unknown', () => {
    const touchpoint = {
      source: 'touchpoint' as const,
      spec: { type: 'journey' as const, mapId: 'm1', persona: 'p1' },
      touchpointId: 'tp1',
    };
    const maps = new Map([
      [
        'm1',
        { map: 'Shop', touchpoints: new Map([['tp1', 'Cart']]), personas: new Map([['p1', 'Young pro']]) },
      ],
    ]);
    expect(definitionWords(touchpoint, maps)).toEqual({
      key: 'touchpoint',
      touchpoint: 'Cart',
      map: 'Shop',
      persona: 'Young pro',
    });
    expect(definitionWords({ ...touchpoint, spec: { type: 'journey', mapId: 'm1' } }, new Map())).toEqual({
      key: 'touchpoint',
      touchpoint: 'tp1',
      map: 'm1',
      persona: null,
    });
  });
});

describe('referencedMaps', () => {
  it('lists each map of the touchpoint audiences once', () => {
    const tp = (mapId: string) => ({
      source: 'touchpoint' as const,
      spec: { type: 'journey' as const, mapId },
      touchpointId: 't',
    });
    expect(referencedMaps([tp('a'), funnel, tp('b'), tp('a')])).toEqual(['a', 'b']);
  });
});
