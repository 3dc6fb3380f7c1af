import type { Channel } from '../../model/channel.ts';
import type { SegmentRule } from '../../model/segment-rule.ts';
import type { RuleFit } from './derive-segment-rule.ts';
import type { DescribingTrait } from './describe-cluster.ts';

/** A persona as the map model takes it, ready for `POST /api/v1/maps/:id/personas`. */
export interface SuggestedPersona {
  id: string;
  name: string;
  demographics: Record<string, never>;
  goals: string[];
  frustrations: string[];
  preferredChannels: Channel[];
  segment?: SegmentRule;
}

export interface PersonaSuggestion {
  /** `suggestion-1` … in order of size. */
  id: string;
  name: string;
  /** Persons in the cluster, and their share of all. */
  size: number;
  share: number;
  /** What sets the cluster apart, strongest first, in words. */
  traits: DescribingTrait[];
  /** The cluster's mean of every feature (raw units). */
  means: Record<string, number>;
  /** A rule over person traits that picks the cluster out, or null with `ruleNote` saying why. */
  segmentRule: SegmentRule | null;
  ruleFit: RuleFit | null;
  ruleNote: string | null;
  persona: SuggestedPersona;
}

/** What a personaSuggestions query returns. */
export interface PersonaSuggestionsResult {
  /** Persons clustered (with an event in the range passing `where`). */
  persons: number;
  k: number;
  chosenBy: 'spec' | 'silhouette' | 'none';
  silhouette: number | null;
  /** The features used (those that vary between persons). */
  features: string[];
  suggestions: PersonaSuggestion[];
}
