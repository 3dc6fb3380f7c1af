import type { Feature, FeatureKind } from './person-features.ts';

/** A feature that sets a cluster apart, in numbers and in words. */
export interface DescribingTrait {
  feature: string;
  direction: 'higher' | 'lower';
  /** The cluster's mean of the raw feature, and everyone's. */
  clusterValue: number;
  overallValue: number;
  /** (cluster mean − overall mean) ÷ overall sd: how unusual the cluster is on it. */
  effect: number;
  text: string;
}

/** Effects smaller than this (in standard deviations) do not describe a cluster. */
const MIN_EFFECT = 0.5;
const MAX_TRAITS = 3;

const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10) / 10).toString();
const pct = (x: number) => `${Math.round(x * 100)}%`;

function words(of: FeatureKind, c: number, all: number, stageNames: readonly string[]): string {
  switch (of.kind) {
    case 'channel':
      return `uses ${of.channel}: ${pct(c)} vs ${pct(all)} overall`;
    case 'orders':
      return `${round(c)} orders on average vs ${round(all)} overall`;
    case 'revenue':
      return `spends ${round(c)} on average vs ${round(all)} overall`;
    case 'recencyDays':
      return `last seen ${round(c)} days ago on average vs ${round(all)} overall`;
    case 'mobileShare':
      return `${pct(c)} of device events on a phone or tablet vs ${pct(all)} overall`;
    case 'nps':
      return `average NPS answer ${round(c)} vs ${round(all)} overall`;
    case 'stage': {
      const name = stageNames[Math.max(0, Math.round(c) - 1)];
      return `gets to stage ${round(c)} of ${stageNames.length} on average${name ? ` (${name})` : ''} vs ${round(all)} overall`;
    }
  }
}

function label(of: FeatureKind, higher: boolean): string {
  switch (of.kind) {
    case 'channel':
      return higher ? `${of.channel} users` : `no ${of.channel}`;
    case 'orders':
      return higher ? 'frequent buyers' : 'few orders';
    case 'revenue':
      return higher ? 'big spenders' : 'low spend';
    case 'recencyDays':
      return higher ? 'lapsed' : 'recently active';
    case 'mobileShare':
      return higher ? 'mobile-first' : 'desktop-first';
    case 'nps':
      return higher ? 'promoters' : 'critics';
    case 'stage':
      return higher ? 'far in the journey' : 'early in the journey';
  }
}

/**
 * The features that most set a cluster apart from everyone (pure): those whose cluster mean lies
 * furthest from the overall mean in overall standard deviations (at least 0.5), at most three,
 * each in words, and a short name made of the first two.
 * Example: a cluster where 90% use email against 30% overall (sd 0.46) → effect 1.3,
 * "uses email: 90% vs 30% overall", name "Email users".
 */
export function describeCluster(
  features: readonly Feature[],
  members: readonly number[],
  stageNames: readonly string[] = [],
): { name: string; traits: DescribingTrait[]; means: Record<string, number> } {
  const means: Record<string, number> = {};
  const scored = features.map((f) => {
    const mean = members.reduce((s, i) => s + f.values[i]!, 0) / Math.max(1, members.length);
    means[f.name] = mean;
    return { f, mean, effect: (mean - f.mean) / f.sd };
  });
  const traits = scored
    .filter((s) => Math.abs(s.effect) >= MIN_EFFECT)
    // Equal effects (to rounding error) go by feature name, so ties read the same every run.
    .sort((a, b) => {
      const gap = Math.abs(b.effect) - Math.abs(a.effect);
      return Math.abs(gap) > 1e-9 ? gap : a.f.name < b.f.name ? -1 : 1;
    })
    .slice(0, MAX_TRAITS)
    .map(
      (s): DescribingTrait => ({
        feature: s.f.name,
        direction: s.effect > 0 ? 'higher' : 'lower',
        clusterValue: s.mean,
        overallValue: s.f.mean,
        effect: s.effect,
        text: words(s.f.of, s.mean, s.f.mean, stageNames),
      }),
    );
  const byName = new Map(features.map((f) => [f.name, f]));
  const labels = traits.slice(0, 2).map((t) => label(byName.get(t.feature)!.of, t.direction === 'higher'));
  const joined = labels.length > 0 ? labels.join(', ') : 'typical customers';
  return { name: joined[0]!.toUpperCase() + joined.slice(1), traits, means };
}
