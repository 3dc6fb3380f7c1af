import { CHANNEL_NAMES } from '../../model/channel.ts';
import { seededRandom } from '../../seeded-random.ts';
import { clusterPersons } from './cluster-persons.ts';
import { candidateConditions, deriveSegmentRule, MIN_RULE_F1 } from './derive-segment-rule.ts';
import { describeCluster } from './describe-cluster.ts';
import { buildFeatures, type PersonRow, standardise } from './person-features.ts';
import type { PersonaSuggestion, PersonaSuggestionsResult } from './persona-suggestions-result.ts';
import { sampleIndexes } from './sample-indexes.ts';

/** A channel is preferred by a suggested persona when at least half of its persons use it. */
const PREFERRED_SHARE = 0.5;

export interface SuggestOptions {
  k?: number;
  maxK: number;
  seed: number;
  sampleSize: number;
  traits?: readonly string[];
  /** Days since last seen are counted back from here (the range's end, or the latest event). */
  asOfMs: number;
  stageNames?: readonly string[];
}

/**
 * Suggested personas from persons' journey features (pure): features built and standardised,
 * clustered (cluster-persons.ts), each cluster described (describe-cluster.ts) and, where person
 * traits allow, given a segment rule (derive-segment-rule.ts, on the same seeded sample the
 * clustering was fitted on, at most `sampleSize` persons).
 */
export function suggestPersonas(
  persons: readonly PersonRow[],
  opts: SuggestOptions,
): PersonaSuggestionsResult {
  const features = buildFeatures(persons, opts.asOfMs);
  const empty = { persons: persons.length, features: features.map((f) => f.name), suggestions: [] };
  if (features.length === 0 || persons.length < 2)
    return { ...empty, k: 0, chosenBy: 'none', silhouette: null };
  const clustering = clusterPersons(standardise(features, persons.length), opts);
  if (!clustering) return { ...empty, k: 0, chosenBy: 'none', silhouette: null };

  const sample = sampleIndexes(persons.length, opts.sampleSize, seededRandom(opts.seed + 1));
  const sampleTraits = sample.map((i) => persons[i]!.traits);
  const candidates = candidateConditions(sampleTraits, opts.traits);
  const suggestions = Array.from({ length: clustering.k }, (_, c): PersonaSuggestion => {
    const members = clustering.assignments.flatMap((a, i) => (a === c ? [i] : []));
    const described = describeCluster(features, members, opts.stageNames);
    const derived = deriveSegmentRule(
      sampleTraits,
      sample.map((i) => clustering.assignments[i] === c),
      candidates,
    );
    const preferredChannels = CHANNEL_NAMES.filter(
      (ch) => members.filter((i) => persons[i]!.channels[ch]).length >= PREFERRED_SHARE * members.length,
    );
    const id = `suggestion-${c + 1}`;
    return {
      id,
      name: described.name,
      size: members.length,
      share: members.length / persons.length,
      traits: described.traits,
      means: described.means,
      segmentRule: derived.rule,
      ruleFit: derived.fit,
      ruleNote: derived.rule
        ? null
        : derived.fit
          ? `No trait picks this group out well enough (best F1 ${derived.fit.f1.toFixed(2)}, needs ${MIN_RULE_F1})`
          : 'Persons have no traits a rule could use',
      persona: {
        id,
        name: described.name,
        demographics: {},
        goals: [],
        frustrations: [],
        preferredChannels,
        ...(derived.rule ? { segment: derived.rule } : {}),
      },
    };
  });
  return {
    persons: persons.length,
    k: clustering.k,
    chosenBy: clustering.chosenBy,
    silhouette: clustering.silhouette,
    features: features.map((f) => f.name),
    suggestions,
  };
}
