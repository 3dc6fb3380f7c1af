import { describe, expect, it } from 'vitest';
import { candidateConditions, deriveSegmentRule } from './derive-segment-rule.ts';

describe('deriveSegmentRule', () => {
  it('finds an age range (two conditions) when one bound is not enough', () => {
    // Cluster: ages 25–34. One bound (age ≥ 25) also takes the 50s: precision 3/5; adding
    // age ≤ 34 makes it exact.
    const ages = [18, 20, 22, 25, 30, 34, 50, 55];
    const traits = ages.map((age) => ({ age, email: `p${age}@x.io` }));
    const inCluster = ages.map((a) => a >= 25 && a <= 34);
    const derived = deriveSegmentRule(traits, inCluster, candidateConditions(traits));
    expect(derived.rule).toEqual({
      match: 'all',
      conditions: [
        { trait: 'age', op: 'gte', value: 25 },
        { trait: 'age', op: 'lte', value: 34 },
      ],
    });
    expect(derived.fit).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('never uses an id-like trait (e-mail, name) and proposes nothing when no trait fits', () => {
    const traits = [1, 2, 3, 4, 5, 6].map((i) => ({
      email: `p${i}@x.io`,
      city: i % 2 ? 'Kraków' : 'Gdańsk',
    }));
    const candidates = candidateConditions(traits);
    expect(candidates.map((c) => c.condition.trait)).toEqual(['city', 'city']);
    // The cluster (persons 1 Kraków and 2 Gdańsk) cuts across cities: either city matches 1 of
    // the 2 and 2 others, F1 = 2·1/(2·1 + 2 + 1) = .4; both cities together match nobody.
    const derived = deriveSegmentRule(traits, [true, true, false, false, false, false], candidates);
    expect(derived.rule).toBeNull();
    expect(derived.fit!.f1).toBeLessThan(0.6);
  });
});
