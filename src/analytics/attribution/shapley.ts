import { seededRandom } from '../../seeded-random.ts';
import { type ChannelCredit, emptyCredit } from './credit.ts';
import type { PathTable } from './path-table.ts';
import { shuffle } from './random.ts';

/**
 * The channel sets of a table's paths: each distinct set once, with the rows that have it. A
 * path's order and repeats do not matter to the Shapley game, only which channels it touched.
 */
export interface ChannelSets {
  readonly channelCount: number;
  /** Set i's channels are `members[memberStart[i]]` … `members[memberStart[i + 1] − 1]`. */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** The set of every table row. */
  readonly setOfRow: Int32Array;
  readonly setCount: number;
}

export function channelSets(table: PathTable): ChannelSets {
  const channelCount = table.channels.length;
  const setOfRow = new Int32Array(table.conversions.length);
  const ids = new Map<number | string, number>();
  const starts = [0];
  const members: number[] = [];
  const seen = new Int32Array(channelCount).fill(-1);
  const set: number[] = [];
  for (let r = 0; r < table.conversions.length; r++) {
    set.length = 0;
    for (let i = table.offsets[r]!; i < table.offsets[r + 1]!; i++) {
      const c = table.touches[i]!;
      if (seen[c] !== r) {
        seen[c] = r;
        set.push(c);
      }
    }
    set.sort((a, b) => a - b);
    // Up to 30 channels the set's bitmask is its key; beyond, its members as text.
    let key: number | string = 0;
    if (channelCount <= 30) for (const c of set) key |= 1 << c;
    else key = set.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = starts.length - 1;
      ids.set(key, id);
      members.push(...set);
      starts.push(members.length);
    }
    setOfRow[r] = id;
  }
  return {
    channelCount,
    memberStart: Int32Array.from(starts),
    members: Int32Array.from(members),
    setOfRow,
    setCount: starts.length - 1,
  };
}

export interface ShapleyOptions {
  /** Up to this many channels the values are exact over all 2^n coalitions; above, sampled. */
  maxExactChannels: number;
  /** Random channel orders drawn above `maxExactChannels`. */
  samples: number;
  seed: number;
}

export const DEFAULT_SHAPLEY_OPTIONS: ShapleyOptions = { maxExactChannels: 15, samples: 2_000, seed: 1 };

export interface ShapleyFit {
  readonly credit: ChannelCredit;
  readonly method: 'exact' | 'sampled';
  /** Sampled only: orders drawn, and per channel a 95 % bound on |sampled − exact| (Hoeffding). */
  readonly samples?: number;
  readonly errorBound?: ChannelCredit;
}

/**
 * Shapley values of the attribution game (Shapley 1953; for attribution, Dalessandro et al.,
 * "Causally motivated attribution for online advertising", 2012, and Zhao et al., "Shapley value
 * methods for attribution modeling in online advertising", 2018): the worth of a coalition S of
 * channels is v(S) = the conversions (or value) of the paths whose channels all lie in S, and a
 * channel's credit is its marginal worth averaged over every order in which channels can join.
 * Credits add up to v(all) = every conversion, symmetric channels get equal credit, and a
 * channel on no converting path gets none.
 *
 * Exact up to `maxExactChannels`: the conversions of each exact channel set go into an array
 * over bitmasks, a subset-sum (zeta) transform turns them into v(S) for all 2^n coalitions in
 * n·2^n steps, and φ(i) = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ i) − v(S)) is summed directly.
 * Above it, φ is the mean over random orders of each channel's marginal worth (see
 * `sampledShapley`).
 */
export function fitShapley(table: PathTable, sets: ChannelSets, options: ShapleyOptions): ShapleyFit {
  const { conv, val } = setWorths(table, sets);
  return sets.channelCount <= options.maxExactChannels
    ? { credit: exactShapley(sets, conv, val), method: 'exact' }
    : sampledShapley(sets, conv, val, options);
}

/** Conversions and value of each channel set. */
function setWorths(table: PathTable, sets: ChannelSets): { conv: Float64Array; val: Float64Array } {
  const conv = new Float64Array(sets.setCount);
  const val = new Float64Array(sets.setCount);
  for (let r = 0; r < table.conversions.length; r++) {
    conv[sets.setOfRow[r]!]! += table.conversions[r]!;
    val[sets.setOfRow[r]!]! += table.value[r]!;
  }
  return { conv, val };
}

function exactShapley(sets: ChannelSets, conv: Float64Array, val: Float64Array): ChannelCredit {
  const n = sets.channelCount;
  const size = 1 << n;
  const vConv = new Float64Array(size);
  const vVal = new Float64Array(size);
  for (let s = 0; s < sets.setCount; s++) {
    let mask = 0;
    for (let i = sets.memberStart[s]!; i < sets.memberStart[s + 1]!; i++) mask |= 1 << sets.members[i]!;
    vConv[mask]! += conv[s]!;
    vVal[mask]! += val[s]!;
  }
  // Zeta transform: afterwards v[S] = Σ over T ⊆ S of the worth of exactly T.
  for (let bit = 1; bit < size; bit <<= 1) {
    for (let mask = 0; mask < size; mask++) {
      if (mask & bit) {
        vConv[mask]! += vConv[mask ^ bit]!;
        vVal[mask]! += vVal[mask ^ bit]!;
      }
    }
  }
  // weight[k] = k!(n−k−1)!/n!: the chance that a channel joins right after a given k-set.
  const weight = new Float64Array(n);
  for (let k = 0; k < n; k++) weight[k] = 1 / (n * binomial(n - 1, k));
  const credit = emptyCredit(n);
  for (let mask = 0; mask < size; mask++) {
    const k = popcount(mask);
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit) continue;
      credit.conversions[i]! += weight[k]! * (vConv[mask | bit]! - vConv[mask]!);
      credit.value[i]! += weight[k]! * (vVal[mask | bit]! - vVal[mask]!);
    }
  }
  return credit;
}

/**
 * Monte Carlo Shapley over random channel orders (Castro, Gómez & Tejada, "Polynomial
 * calculation of the Shapley value based on sampling", 2009). In one order, a channel set's
 * worth is added exactly when its last member joins, so that member's marginal worth is the sum
 * of the sets it completes: one pass over the distinct sets per order. Each order's marginal of
 * channel i lies in [0, R_i] with R_i the worth of all sets containing i, so by Hoeffding's
 * inequality the mean of m orders is within R_i·√(ln(2/0.05)/(2m)) of the exact value with
 * 95 % probability; that is the bound reported.
 */
function sampledShapley(
  sets: ChannelSets,
  conv: Float64Array,
  val: Float64Array,
  options: ShapleyOptions,
): ShapleyFit {
  const n = sets.channelCount;
  const random = seededRandom(options.seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const position = new Int32Array(n);
  const credit = emptyCredit(n);
  const rangeConv = new Float64Array(n);
  const rangeVal = new Float64Array(n);
  for (let s = 0; s < sets.setCount; s++) {
    for (let i = sets.memberStart[s]!; i < sets.memberStart[s + 1]!; i++) {
      rangeConv[sets.members[i]!]! += conv[s]!;
      rangeVal[sets.members[i]!]! += val[s]!;
    }
  }
  for (let m = 0; m < options.samples; m++) {
    shuffle(order, random);
    for (let p = 0; p < n; p++) position[order[p]!] = p;
    for (let s = 0; s < sets.setCount; s++) {
      let last = -1;
      let lastPos = -1;
      for (let i = sets.memberStart[s]!; i < sets.memberStart[s + 1]!; i++) {
        const c = sets.members[i]!;
        if (position[c]! > lastPos) {
          lastPos = position[c]!;
          last = c;
        }
      }
      credit.conversions[last]! += conv[s]!;
      credit.value[last]! += val[s]!;
    }
  }
  const half = Math.sqrt(Math.log(2 / 0.05) / (2 * options.samples));
  const errorBound = emptyCredit(n);
  for (let i = 0; i < n; i++) {
    credit.conversions[i]! /= options.samples;
    credit.value[i]! /= options.samples;
    errorBound.conversions[i] = rangeConv[i]! * half;
    errorBound.value[i] = rangeVal[i]! * half;
  }
  return { credit, method: 'sampled', samples: options.samples, errorBound };
}

function binomial(n: number, k: number): number {
  let b = 1;
  for (let i = 1; i <= k; i++) b = (b * (n - k + i)) / i;
  return b;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
