import { describe, expect, it } from 'vitest';
import type { MomentOfTruth } from '../../../src/analytics/insights/moments-of-truth.ts';
import { forestChartOption } from './moments-chart-option.ts';
import { formatPoints, laneTextValues, momentRows, momentStatus } from './moments-table.ts';

// Hand-made judgements: 60 of 100 who met the store visit converted vs 30 of 200 who did not
// (crude +30 pp); within stages the difference is +21.6 pp (95% +18.4 to +24.8).
const storeVisit: MomentOfTruth = {
  touchpointId: 'tp-store',
  stageId: 's2',
  name: 'Store visit',
  with: { persons: 100, outcome: 60, rate: 0.6 },
  without: { persons: 200, outcome: 30, rate: 0.15 },
  crude: { difference: 0.3, low: 0.2, high: 0.4 },
  stratified: { difference: 0.216, low: 0.184, high: 0.248 },
  strata: [],
  isOutcome: false,
  judged: true,
  isMoment: true,
  laneItem: {
    id: 'mot-tp-store',
    lane: 'moment_of_truth',
    stageId: 's2',
    touchpointId: 'tp-store',
    text: 'x',
  },
};
const review: MomentOfTruth = {
  ...storeVisit,
  touchpointId: 'tp-review',
  name: 'Product review',
  with: { persons: 5, outcome: 1, rate: 0.2 },
  stratified: { difference: 0.05, low: -0.1, high: 0.2 },
  judged: false,
  isMoment: false,
  laneItem: null,
};

describe('formatPoints', () => {
  it('writes a rate difference in signed percentage points, one decimal, as each language does', () => {
    expect(formatPoints(0.216, 'en')).toBe('+21.6');
    expect(formatPoints(-0.6553, 'en')).toBe('-65.5');
    expect(formatPoints(-0.6553, 'pl')).toBe('-65,5');
    expect(formatPoints(0, 'en')).toBe('0.0');
  });
});

describe('momentStatus', () => {
  it('tells a moment of truth, no clear effect, too few persons and the outcome itself apart', () => {
    expect(momentStatus(storeVisit)).toBe('moment');
    expect(momentStatus({ ...storeVisit, isMoment: false })).toBe('noEffect');
    expect(momentStatus(review)).toBe('tooFew');
    expect(momentStatus({ ...storeVisit, isOutcome: true, isMoment: false })).toBe('outcome');
  });
});

describe('momentRows', () => {
  it('shows both groups and both differences with their intervals', () => {
    const [row] = momentRows([storeVisit], new Map([['s2', 'Consideration']]), 'en');
    expect(row).toEqual({
      touchpointId: 'tp-store',
      name: 'Store visit',
      stage: 'Consideration',
      with: { rate: '60%', outcome: '60', persons: '100' },
      without: { rate: '15%', outcome: '30', persons: '200' },
      crude: { difference: '+30.0', low: '+20.0', high: '+40.0' },
      stratified: { difference: '+21.6', low: '+18.4', high: '+24.8' },
      status: 'moment',
      laneItem: storeVisit.laneItem,
    });
  });

  it('shows an empty group as not measured, not as 0%', () => {
    const [row] = momentRows(
      [{ ...review, without: { persons: 0, outcome: 0, rate: null }, crude: null, stratified: null }],
      new Map(),
      'en',
    );
    expect(row!.without.rate).toBe('—');
    expect(row!.crude).toBeNull();
    expect(row!.stage).toBe('s2');
  });
});

describe('laneTextValues', () => {
  it('writes the card in the map language, only for a moment of truth', () => {
    expect(laneTextValues(storeVisit, 'Rozważanie', 'pl')).toEqual({
      name: 'Store visit',
      difference: '+21,6',
      low: '+18,4',
      high: '+24,8',
      stage: 'Rozważanie',
    });
    expect(laneTextValues(review, 'x', 'en')).toBeNull();
  });
});

describe('forestChartOption', () => {
  it('draws each interval as a separate segment around its dot, the first touchpoint on top', () => {
    const option = forestChartOption([storeVisit, review], {
      stratified: 'Within stages',
      crude: 'Crude',
      axis: 'pp',
      formatPoints: String,
    }) as {
      yAxis: { data: string[] };
      series: { data: unknown[] }[];
    };
    expect(option.yAxis.data).toEqual(['Product review', 'Store visit']);
    expect(option.series[0]!.data).toEqual([
      [-10, 'Product review'],
      [20, 'Product review'],
      ['-', '-'],
      [18.4, 'Store visit'],
      [24.8, 'Store visit'],
      ['-', '-'],
    ]);
    expect(option.series[2]!.data).toEqual([
      [30, 'Product review'],
      [30, 'Store visit'],
    ]);
  });

  it('leaves out a touchpoint that is the outcome itself (meeting it is converting)', () => {
    const order = {
      ...storeVisit,
      touchpointId: 'tp-order',
      name: 'Online order',
      isOutcome: true,
      isMoment: false,
    };
    const option = forestChartOption([storeVisit, order], {
      stratified: 's',
      crude: 'c',
      axis: 'pp',
      formatPoints: String,
    }) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['Store visit']);
  });
});
