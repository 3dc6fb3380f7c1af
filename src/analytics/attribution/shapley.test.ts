import { describe, expect, it } from 'vitest';
import { channelSets, fitShapley } from './shapley.ts';
import { tableOf } from './test-tables.ts';

const run = (
  rows: Parameters<typeof tableOf>[0],
  options = { maxExactChannels: 15, samples: 2000, seed: 7 },
) => {
  const table = tableOf(rows);
  const f = fitShapley(table, channelSets(table), options);
  const named = (a: Float64Array) => Object.fromEntries(table.channels.map((c, i) => [c, a[i]!]));
  return {
    ...f,
    conv: named(f.credit.conversions),
    value: named(f.credit.value),
    bound: f.errorBound ? named(f.errorBound.conversions) : undefined,
  };
};

/**
 * The simplified Shapley value of Zhao, Mahboobi & Bagheri ("Shapley value methods for
 * attribution modeling in online advertising", 2018, eq. 5): when v(S) adds up the conversions
 * of every channel set inside S, a channel's value is Σ over sets T containing it of
 * conversions(T) / |T|. An independent formula to check the coalition sum against.
 */
function simplified(rows: Parameters<typeof tableOf>[0]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [path, conv] of rows) {
    const set = [...new Set(path.split('>').map((s) => s.trim()))];
    for (const c of set) out[c] = (out[c] ?? 0) + conv / set.length;
  }
  return out;
}

describe('fitShapley', () => {
  it('two channels, worked by hand', () => {
    // v(A) = 10, v(B) = 20, v(AB) = 10 + 20 + 30 = 60. φ(A) = ½·(10 − 0) + ½·(60 − 20) = 25,
    // φ(B) = ½·20 + ½·(60 − 10) = 35; they add up to v(AB) = 60.
    const f = run([
      ['A', 10, 100, 5],
      ['B', 20, 200, 5],
      ['A > B', 30, 600, 5],
    ]);
    expect(f.method).toBe('exact');
    expect(f.conv.A).toBeCloseTo(25, 12);
    expect(f.conv.B).toBeCloseTo(35, 12);
    expect(f.value.A).toBeCloseTo(100 + 300, 10);
  });

  it('order and repeats in a path do not matter; symmetric channels share equally', () => {
    const f = run([
      ['x > y > x', 6, 0, 0],
      ['y > x', 6, 0, 0],
      ['z', 3, 0, 0],
    ]);
    expect(f.conv.x).toBeCloseTo(6, 12);
    expect(f.conv.y).toBeCloseTo(6, 12);
    expect(f.conv.z).toBeCloseTo(3, 12);
  });

  it('agrees with the simplified Shapley formula on a five-channel table', () => {
    const rows: Parameters<typeof tableOf>[0] = [
      ['search > email > direct', 30, 0, 70],
      ['social > search', 12, 0, 200],
      ['email > direct', 8, 0, 20],
      ['direct', 25, 0, 400],
      ['social > email > search > direct > tv', 5, 0, 15],
      ['tv', 0, 0, 90],
    ];
    const f = run(rows);
    const want = simplified(rows);
    for (const [c, v] of Object.entries(want)) expect(f.conv[c]).toBeCloseTo(v, 10);
    expect(Object.values(f.conv).reduce((a, b) => a + b, 0)).toBeCloseTo(80, 10);
  });

  it('above the exact limit, samples orders and reports a bound the error stays within', () => {
    const rows: Parameters<typeof tableOf>[0] = [
      ['a > b > c', 40, 400, 0],
      ['b > c > d', 30, 300, 0],
      ['d', 20, 200, 0],
      ['a > e', 10, 100, 0],
    ];
    const f = run(rows, { maxExactChannels: 3, samples: 4000, seed: 11 });
    expect(f.method).toBe('sampled');
    expect(f.samples).toBe(4000);
    const exact = simplified(rows);
    for (const [c, v] of Object.entries(exact)) {
      // Hoeffding's 95 % bound for channel c: R_c·√(ln 40 / 8000), R_c = its sets' conversions.
      expect(Math.abs(f.conv[c]! - v)).toBeLessThanOrEqual(f.bound![c]!);
    }
    expect(f.bound!.d).toBeCloseTo(50 * Math.sqrt(Math.log(40) / 8000), 12);
    // Every sampled order hands out all conversions, so the sum is exact.
    expect(Object.values(f.conv).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    // The same seed gives the same values.
    expect(run(rows, { maxExactChannels: 3, samples: 4000, seed: 11 }).conv).toEqual(f.conv);
  });
});
