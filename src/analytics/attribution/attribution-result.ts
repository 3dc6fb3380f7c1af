/** Per channel, a number: `{ "search": 0.4, "email": 0.6 }`. */
export type ChannelNumbers = Record<string, number>;

/**
 * What `journeylens attribution` prints and `{"type":"attribution"}` answers. The first five
 * fields are the contract of issue 5; the rest add to them.
 */
export interface AttributionResult {
  /** Conversions and value of the attributed paths: every model's credits add up to these. */
  conversions: number;
  value: number;
  /** Per model, conversions credited to each channel. */
  models: Record<string, ChannelNumbers>;
  /** Markov: the share of conversions lost without each channel ({} without the markov model). */
  removalEffects: ChannelNumbers;
  /** Markov: transition probabilities between states, `(start)`, channels, `(conversion)`, `(null)`. */
  transitions: Record<string, ChannelNumbers>;
  /** Per model, value credited to each channel. */
  values: Record<string, ChannelNumbers>;
  /** Markov: the share of the expected value lost without each channel. */
  valueRemovalEffects: ChannelNumbers;
  /** Markov: P(conversion) of a journey from (start). */
  conversionProbability?: number;
  /** Markov: the chain's order. */
  order?: number;
  /** Shapley: exact, or sampled with a 95 % error bound per channel (Hoeffding). */
  shapley?: {
    method: 'exact' | 'sampled';
    samples?: number;
    errorBound?: { conversions: ChannelNumbers; value: ChannelNumbers };
  };
  /** Bootstrap percentile intervals of the data-driven models' credits. */
  intervals?: Record<string, Record<string, { conversions: [number, number]; value: [number, number] }>>;
  bootstrap?: { iterations: number; confidence: number; seed: number };
  /** Events source: conversions in the range with no touch in their lookback window. */
  unattributed?: { conversions: number; value: number };
}
