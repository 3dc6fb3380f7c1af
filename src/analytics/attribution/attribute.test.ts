import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODELS, attribute, DEFAULT_ATTRIBUTION_OPTIONS } from './attribute.ts';
import { tableOf } from './test-tables.ts';

const rows: Parameters<typeof tableOf>[0] = [
  ['search > email > direct', 30, 3000, 70],
  ['social > search', 12, 600, 200],
  ['direct', 25, 1250, 400],
  ['tv > social > email > search > direct', 5, 900, 15],
  ['print', 0, 0, 50],
];
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('attribute', () => {
  it('runs every model side by side; each hands out exactly the conversions and the value', () => {
    const r = attribute(tableOf(rows), {
      ...DEFAULT_ATTRIBUTION_OPTIONS,
      bootstrap: { iterations: 0, confidence: 0.95, seed: 1 },
    });
    expect(r.conversions).toBe(72);
    expect(r.value).toBe(5750);
    expect(Object.keys(r.models)).toEqual([...ATTRIBUTION_MODELS]);
    for (const model of ATTRIBUTION_MODELS) {
      expect(sum(r.models[model]!)).toBeCloseTo(72, 9);
      expect(sum(r.values[model]!)).toBeCloseTo(5750, 7);
      // print never converts: no model may credit it.
      expect(r.models[model]!.print).toBeCloseTo(0, 12);
    }
    // Transition probabilities out of every state add up to 1.
    for (const row of Object.values(r.transitions)) expect(sum(row)).toBeCloseTo(1, 12);
    expect(r.removalEffects.print).toBe(0);
    expect(r.shapley).toEqual({ method: 'exact' });
    expect(r.intervals).toBeUndefined();
  });

  it('leaves removal effects and transitions empty without the markov model', () => {
    const r = attribute(tableOf(rows), { ...DEFAULT_ATTRIBUTION_OPTIONS, models: ['linear'] });
    expect(r.removalEffects).toEqual({});
    expect(r.transitions).toEqual({});
    expect(r.intervals).toBeUndefined();
  });

  it('adds bootstrap intervals for markov and shapley only, around their estimates', () => {
    const big = tableOf(rows.map(([p, c, v, n]) => [p, c * 50, v * 50, n * 50]));
    const r = attribute(big, {
      ...DEFAULT_ATTRIBUTION_OPTIONS,
      models: ['linear', 'markov', 'shapley'],
      bootstrap: { iterations: 200, confidence: 0.95, seed: 2 },
    });
    expect(Object.keys(r.intervals!)).toEqual(['markov', 'shapley']);
    for (const model of ['markov', 'shapley']) {
      for (const [channel, credit] of Object.entries(r.models[model]!)) {
        const [lo, hi] = r.intervals![model]![channel]!.conversions;
        expect(lo).toBeLessThanOrEqual(credit + 1e-9);
        expect(hi).toBeGreaterThanOrEqual(credit - 1e-9);
      }
    }
  });

  it('reports sampled Shapley values with their error bound above the exact limit', () => {
    const r = attribute(tableOf(rows), {
      ...DEFAULT_ATTRIBUTION_OPTIONS,
      models: ['shapley'],
      shapley: { maxExactChannels: 3, samples: 500 },
      bootstrap: { iterations: 0, confidence: 0.95, seed: 1 },
    });
    expect(r.shapley?.method).toBe('sampled');
    expect(r.shapley?.samples).toBe(500);
    expect(Object.keys(r.shapley?.errorBound?.conversions ?? {})).toEqual([
      'search',
      'email',
      'direct',
      'social',
      'tv',
      'print',
    ]);
  });
});
