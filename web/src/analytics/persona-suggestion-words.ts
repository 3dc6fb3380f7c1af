import type { DescribingTrait } from '../../../src/analytics/insights/describe-cluster.ts';
import type { Channel, JourneyMap, SegmentRule } from '../../../src/model/index.ts';
import { formatNumber, formatPercent } from '../format/format.ts';
import { formatAmount } from './format-amount.ts';

/** What a feature of persona clustering measures (`channel:email`, `orders`, … see person-features.ts). */
export type FeatureKind = 'channel' | 'orders' | 'revenue' | 'recencyDays' | 'mobileShare' | 'nps' | 'stage';

const KINDS: readonly FeatureKind[] = ['orders', 'revenue', 'recencyDays', 'mobileShare', 'nps', 'stage'];

/** The kind of a feature name, and the channel of a `channel:…` one; null for a name this app does not know. */
export function featureKind(feature: string): { kind: FeatureKind; channel?: Channel } | null {
  if (feature.startsWith('channel:')) return { kind: 'channel', channel: feature.slice(8) as Channel };
  return (KINDS as readonly string[]).includes(feature) ? { kind: feature as FeatureKind } : null;
}

/**
 * The values of a trait's sentence (`personaSuggestions.traits.<kind>`), in the language: shares
 * as percentages, money with two decimals, the rest with at most one decimal; for the stage, the
 * name of the stage the average rounds to among the map's measured stages. Null for a feature
 * this app does not know (the API's own English text is shown instead).
 * Example (en): `channel:print` 0.89 vs 0.11 → `{ kind: 'channel', channel: 'print', cluster:
 * '89%', overall: '11%' }`.
 */
export function traitWords(
  trait: DescribingTrait,
  measuredStages: readonly string[],
  language: string,
): {
  kind: FeatureKind;
  channel?: Channel;
  cluster: string;
  overall: string;
  stage?: string;
  stages?: string;
} | null {
  const of = featureKind(trait.feature);
  if (!of) return null;
  const one = (x: number) => formatNumber(Math.round(x * 10) / 10, language);
  switch (of.kind) {
    case 'channel':
    case 'mobileShare':
      return {
        ...of,
        cluster: formatPercent(Math.round(trait.clusterValue * 100) / 100, language),
        overall: formatPercent(Math.round(trait.overallValue * 100) / 100, language),
      };
    case 'revenue':
      return {
        ...of,
        cluster: formatAmount(trait.clusterValue, language),
        overall: formatAmount(trait.overallValue, language),
      };
    case 'stage':
      return {
        ...of,
        cluster: one(trait.clusterValue),
        overall: one(trait.overallValue),
        stage: measuredStages[Math.max(0, Math.round(trait.clusterValue) - 1)] ?? '',
        stages: formatNumber(measuredStages.length, language),
      };
    default:
      return { ...of, cluster: one(trait.clusterValue), overall: one(trait.overallValue) };
  }
}

/**
 * The parts of a suggestion's short name: its two strongest traits, each a label key under
 * `personaSuggestions.labels` (`channel.higher`, `orders.lower`, …) with its channel.
 * Example: traits `channel:print` higher, `orders` lower → `[{ key: 'channel.higher', channel:
 * 'print' }, { key: 'orders.lower' }]`; no traits → `[]` (a "typical" group).
 */
export function nameParts(traits: readonly DescribingTrait[]): { key: string; channel?: Channel }[] {
  return traits.slice(0, 2).flatMap((t) => {
    const of = featureKind(t.feature);
    if (!of) return [];
    return [{ key: `${of.kind}.${t.direction}`, ...(of.channel ? { channel: of.channel } : {}) }];
  });
}

/** The names of the map's stages that have a touchpoint bound to an event, in the map's order. */
export function measuredStageNames(map: Pick<JourneyMap, 'stages' | 'touchpoints'>): string[] {
  const measured = new Set(map.touchpoints.filter((t) => t.event !== undefined).map((t) => t.stageId));
  return map.stages.filter((s) => measured.has(s.id)).map((s) => s.name);
}

/** One condition of a segment rule in words: the trait, the test's key under `ops`, the value. */
export function ruleConditions(rule: SegmentRule): { trait: string; op: string; value: string }[] {
  return rule.conditions.map((c) => ({
    trait: c.trait,
    op: c.op,
    value: !('value' in c) ? '' : Array.isArray(c.value) ? c.value.map(String).join(', ') : String(c.value),
  }));
}
