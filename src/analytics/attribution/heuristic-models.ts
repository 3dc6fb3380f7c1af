import { type ChannelCredit, emptyCredit } from './credit.ts';
import type { PathTable } from './path-table.ts';

/** The rule-based models: each splits a converting path's credit over its touches by position. */
export const HEURISTIC_MODELS = [
  'first_touch',
  'last_touch',
  'last_non_direct',
  'linear',
  'time_decay',
  'position_based',
] as const;
export type HeuristicModel = (typeof HEURISTIC_MODELS)[number];

export interface HeuristicOptions {
  /** position_based: shares of the first and last touch (Google Analytics' 40/20/40 by default). */
  positionBased: { first: number; last: number };
  /**
   * time_decay: a touch `halfLife` touches further from the conversion gets half the weight. A
   * path table has no timestamps, so the decay runs over positions counted back from the
   * conversion (the last touch is 0), the discrete form of Google Analytics' time decay.
   */
  timeDecay: { halfLife: number };
}

export const DEFAULT_HEURISTIC_OPTIONS: HeuristicOptions = {
  positionBased: { first: 0.4, last: 0.4 },
  timeDecay: { halfLife: 1 },
};

/** The channel `last_non_direct` passes over when the path has any other touch. */
export const DIRECT_CHANNEL = 'direct';

/**
 * Credits of one rule-based model. Each row's conversions and value are split by the model's
 * weights over the row's touches (weights of a path add up to 1), so credits add up to the
 * table's conversions and value. A channel touched twice in a path gets both shares.
 * Example: the path `search > email` with 10 conversions gives linear `{ search: 5, email: 5 }`.
 */
export function heuristicCredit(
  table: PathTable,
  model: HeuristicModel,
  options: HeuristicOptions = DEFAULT_HEURISTIC_OPTIONS,
): ChannelCredit {
  const credit = emptyCredit(table.channels.length);
  const weights = new Float64Array(longestPath(table));
  // Matched without regard to case: exports write it `Direct` as often as `direct`.
  const direct = Uint8Array.from(table.channels, (c) => (c.toLowerCase() === DIRECT_CHANNEL ? 1 : 0));
  const { offsets, touches } = table;
  for (let r = 0; r < table.conversions.length; r++) {
    const conv = table.conversions[r]!;
    const val = table.value[r]!;
    if (conv === 0 && val === 0) continue;
    const start = offsets[r]!;
    const n = offsets[r + 1]! - start;
    fillWeights(model, n, weights, options, (k) => direct[touches[start + k]!] === 1);
    for (let k = 0; k < n; k++) {
      const w = weights[k]!;
      if (w === 0) continue;
      const ch = touches[start + k]!;
      credit.conversions[ch]! += conv * w;
      credit.value[ch]! += val * w;
    }
  }
  return credit;
}

function longestPath(table: PathTable): number {
  let max = 0;
  for (let r = 0; r < table.conversions.length; r++) {
    max = Math.max(max, table.offsets[r + 1]! - table.offsets[r]!);
  }
  return max;
}

/** Writes the weights of the `n` touches of one path (first touch at 0) into `w[0..n)`. */
export function fillWeights(
  model: HeuristicModel,
  n: number,
  w: Float64Array,
  options: HeuristicOptions,
  isDirect: (k: number) => boolean = () => false,
): void {
  w.fill(0, 0, n);
  switch (model) {
    case 'first_touch':
      w[0] = 1;
      return;
    case 'last_touch':
      w[n - 1] = 1;
      return;
    case 'last_non_direct': {
      // The last touch that is not direct; a path of direct touches only keeps its last one.
      let k = n - 1;
      while (k > 0 && isDirect(k)) k--;
      w[isDirect(k) ? n - 1 : k] = 1;
      return;
    }
    case 'linear':
      w.fill(1 / n, 0, n);
      return;
    case 'time_decay': {
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const weight = 2 ** (-(n - 1 - k) / options.timeDecay.halfLife);
        w[k] = weight;
        sum += weight;
      }
      for (let k = 0; k < n; k++) w[k]! /= sum;
      return;
    }
    case 'position_based': {
      const { first, last } = options.positionBased;
      if (n === 1) {
        w[0] = 1;
      } else if (n === 2) {
        // No middle to take the rest: the two ends share in proportion (40/40 → 50/50).
        const ends = first + last;
        w[0] = ends === 0 ? 0.5 : first / ends;
        w[1] = ends === 0 ? 0.5 : last / ends;
      } else {
        w[0] = first;
        w[n - 1] = last;
        const middle = (1 - first - last) / (n - 2);
        for (let k = 1; k < n - 1; k++) w[k] = middle;
      }
      return;
    }
  }
}
