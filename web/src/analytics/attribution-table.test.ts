import { describe, expect, it } from 'vitest';
import type { AttributionResult } from '../../../src/analytics/attribution/attribution-result.ts';
import {
  creditRows,
  intervalModels,
  intervalRows,
  rankedChannels,
  removalRows,
  shapleyNote,
  transitionLayout,
  unattributedOf,
} from './attribution-table.ts';

// A small answer written by hand: 4 conversions worth 350, two models, two channels and one
// channel ("print") seen only on paths that did not convert.
const RESULT: AttributionResult = {
  conversions: 4,
  value: 350,
  models: {
    last_touch: { email: 1, print: 0, web: 3 },
    markov: { email: 1.5, print: 0, web: 2.5 },
  },
  values: {
    last_touch: { email: 250, print: 0, web: 100 },
    markov: { email: 200, print: 0, web: 150 },
  },
  removalEffects: { email: 0.3, print: 0, web: 0.6 },
  valueRemovalEffects: { email: 0.4, web: 0.5 },
  transitions: {
    web: { email: 0.2, '(conversion)': 0.5, '(null)': 0.3 },
    '(start)': { web: 0.5, email: 0.5 },
    email: { web: 0.1, '(conversion)': 0.4, '(null)': 0.5 },
  },
  intervals: { markov: { web: { conversions: [2, 3], value: [120, 180] } } },
  bootstrap: { iterations: 100, confidence: 0.95, seed: 1 },
  shapley: { method: 'exact' },
};

describe('rankedChannels and creditRows', () => {
  it('orders channels by their mean credit over the models, uncredited ones last', () => {
    // conversions: web 3 + 2.5 = 5.5, email 1 + 1.5 = 2.5, print 0
    expect(rankedChannels(RESULT)).toEqual(['web', 'email', 'print']);
    // value: email 250 + 200 = 450, web 100 + 150 = 250
    expect(rankedChannels(RESULT, 'value')).toEqual(['email', 'web', 'print']);
  });

  it('lays out channels × models in the API order of the models', () => {
    expect(creditRows(RESULT, 'conversions')).toEqual([
      { channel: 'web', credits: [3, 2.5] },
      { channel: 'email', credits: [1, 1.5] },
      { channel: 'print', credits: [0, 0] },
    ]);
    expect(creditRows(RESULT, 'value')[0]).toEqual({ channel: 'email', credits: [250, 200] });
  });
});

describe('removalRows', () => {
  it('lists removal effects largest first, with the value effect beside (null where absent)', () => {
    expect(removalRows(RESULT)).toEqual([
      { channel: 'web', conversions: 0.6, value: 0.5 },
      { channel: 'email', conversions: 0.3, value: 0.4 },
      { channel: 'print', conversions: 0, value: null },
    ]);
  });

  it('is empty without the Markov model', () => {
    expect(removalRows({ ...RESULT, removalEffects: {} })).toEqual([]);
  });
});

describe('transitionLayout', () => {
  it('draws a matrix from (start) down, with (conversion) and (null) as the last columns', () => {
    expect(transitionLayout(RESULT.transitions)).toEqual({
      kind: 'matrix',
      from: ['(start)', 'email', 'web'],
      to: ['email', 'web', '(conversion)', '(null)'],
      probabilities: [
        [0.5, 0.5, null, null],
        [null, 0.1, 0.4, 0.5],
        [0.2, null, 0.5, 0.3],
      ],
    });
  });

  it('lists the most probable transitions when there are too many states for columns', () => {
    const layout = transitionLayout(RESULT.transitions, { maxColumns: 3, maxRows: 4 });
    expect(layout).toEqual({
      kind: 'list',
      total: 8, // 2 from (start), 3 from web, 3 from email
      rows: [
        { from: '(start)', to: 'email', probability: 0.5 },
        { from: '(start)', to: 'web', probability: 0.5 },
        { from: 'email', to: '(null)', probability: 0.5 },
        { from: 'web', to: '(conversion)', probability: 0.5 },
      ],
    });
  });
});

describe('bootstrap intervals', () => {
  it('has a column per model with intervals and a row per channel, null where none was drawn', () => {
    expect(intervalModels(RESULT)).toEqual(['markov']);
    expect(intervalRows(RESULT, 'conversions')).toEqual([
      { channel: 'web', intervals: [[2, 3]] },
      { channel: 'email', intervals: [null] },
      { channel: 'print', intervals: [null] },
    ]);
    expect(intervalRows(RESULT, 'value')[1]).toEqual({ channel: 'web', intervals: [[120, 180]] });
  });

  it('is empty when bootstrap was off', () => {
    expect(intervalRows({ ...RESULT, intervals: undefined }, 'conversions')).toEqual([]);
  });
});

describe('shapleyNote', () => {
  const withShapley: AttributionResult = {
    ...RESULT,
    models: { ...RESULT.models, shapley: { email: 1.2, print: 0, web: 2.8 } },
  };

  it('says exact over how many channels', () => {
    expect(shapleyNote(withShapley, 'conversions')).toEqual({ key: 'exact', channels: 3 });
  });

  it('gives the largest error bound of a sampled estimate, in the measure shown', () => {
    const sampled: AttributionResult = {
      ...withShapley,
      shapley: {
        method: 'sampled',
        samples: 2000,
        errorBound: { conversions: { web: 0.7, email: 2.1, print: 0.1 }, value: { web: 40, email: 12 } },
      },
    };
    expect(shapleyNote(sampled, 'conversions')).toEqual({ key: 'sampled', samples: 2000, bound: 2.1 });
    expect(shapleyNote(sampled, 'value')).toEqual({ key: 'sampled', samples: 2000, bound: 40 });
  });

  it('is null when Shapley was not asked for', () => {
    expect(shapleyNote(RESULT, 'conversions')).toBeNull();
  });
});

describe('unattributedOf', () => {
  it('reports conversions with no touch in the lookback window', () => {
    expect(unattributedOf({ ...RESULT, unattributed: { conversions: 2, value: 80.5 } })).toEqual({
      conversions: 2,
      value: 80.5,
    });
  });

  it('treats floating-point crumbs of a sum as nothing', () => {
    // 25576.61 − (a sum of the same values in another order) left 7.3e-12 in the demo
    expect(
      unattributedOf({ ...RESULT, unattributed: { conversions: 0, value: 7.275957614183426e-12 } }),
    ).toBeNull();
    expect(unattributedOf(RESULT)).toBeNull();
  });
});
