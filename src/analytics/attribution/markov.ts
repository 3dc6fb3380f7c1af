import { type ChannelCredit, emptyCredit } from './credit.ts';
import {
  CONVERSION_STATE,
  FIRST_CHANNEL_STATE,
  type MarkovStates,
  NULL_STATE,
  START_STATE,
} from './markov-states.ts';
import type { PathTable } from './path-table.ts';

/** Transitions out of each state as a sparse matrix (CSR): edges of state s are [rowStart[s], rowStart[s+1]). */
export interface TransitionMatrix {
  readonly rowStart: Int32Array;
  readonly target: Int32Array;
  readonly probability: Float64Array;
}

export interface MarkovFit {
  readonly transitions: TransitionMatrix;
  /** Probability that a journey from (start) ends in (conversion). */
  readonly conversionProbability: number;
  /** Per channel: the share of conversions lost when the channel is removed (0..1). */
  readonly removalEffects: Float64Array;
  /** The same for the expected conversion value. */
  readonly valueRemovalEffects: Float64Array;
  readonly credit: ChannelCredit;
}

/**
 * The Markov chain model of attribution (Anderl et al., "Mapping the customer journey: a
 * graph-based framework for online attribution modeling", 2014; the method of the R package
 * ChannelAttribution). Journeys are walks from (start) through channel states to (conversion)
 * or (null), transition probabilities are the observed shares. A channel's removal effect is
 * the share of the conversion probability lost when its states lead to (null) instead:
 * RE(c) = 1 − P(conversion | c removed) / P(conversion). Credit(c) = conversions × RE(c) / Σ RE.
 * Value is credited the same way with the expected value instead of the probability (each
 * converting exit carries the value of the conversions that ended there).
 *
 * The probabilities are solved for, not simulated: P(conversion from s) is the fixed point of
 * p(s) = P(s → conversion) + Σ_t P(s → t) p(t) over the transient states, reached by
 * Gauss–Seidel sweeps to machine precision (ChannelAttribution simulates, so its figures carry
 * sampling noise; the exact values are what it converges to).
 */
export function fitMarkov(table: PathTable, states: MarkovStates): MarkovFit {
  const stateCount = states.names.length;
  const counts = countTransitions(table, states);
  const transitions = toProbabilities(counts, stateCount);
  const exits = exitRewards(table, states, counts, stateCount);
  const channelCount = table.channels.length;
  const removed = new Uint8Array(stateCount);
  const base = absorb(transitions, exits, removed);
  const removalEffects = new Float64Array(channelCount);
  const valueRemovalEffects = new Float64Array(channelCount);
  for (let c = 0; c < channelCount; c++) {
    const own = states.statesOfChannel[c]!;
    for (const s of own) removed[s] = 1;
    const without = absorb(transitions, exits, removed);
    for (const s of own) removed[s] = 0;
    removalEffects[c] = base.conversion > 0 ? 1 - without.conversion / base.conversion : 0;
    valueRemovalEffects[c] = base.value > 0 ? 1 - without.value / base.value : 0;
  }
  let totalConversions = 0;
  let totalValue = 0;
  for (let r = 0; r < table.conversions.length; r++) {
    totalConversions += table.conversions[r]!;
    totalValue += table.value[r]!;
  }
  const credit = emptyCredit(channelCount);
  share(removalEffects, totalConversions, credit.conversions);
  share(valueRemovalEffects, totalValue, credit.value);
  return { transitions, conversionProbability: base.conversion, removalEffects, valueRemovalEffects, credit };
}

/** Splits `total` in proportion to `effects` (nothing when no channel has an effect). */
function share(effects: Float64Array, total: number, out: Float64Array): void {
  let sum = 0;
  for (const e of effects) sum += e;
  if (sum <= 0) return;
  for (let c = 0; c < effects.length; c++) out[c] = (total * effects[c]!) / sum;
}

type Counts = { dense: Float64Array; size: number } | { sparse: Map<number, number>; size: number };

/** Journeys (converting and not) along each edge; dense while the matrix is small. */
function countTransitions(table: PathTable, states: MarkovStates): Counts {
  const size = states.names.length;
  const dense = size * size <= 1 << 22 ? new Float64Array(size * size) : null;
  const sparse = dense ? null : new Map<number, number>();
  const add = (from: number, to: number, w: number) => {
    const key = from * size + to;
    if (dense) dense[key]! += w;
    else sparse!.set(key, (sparse!.get(key) ?? 0) + w);
  };
  const { offsets } = table;
  const st = states.touchStates;
  for (let r = 0; r < table.conversions.length; r++) {
    const conv = table.conversions[r]!;
    const nulls = table.nulls[r]!;
    const journeys = conv + nulls;
    if (journeys === 0) continue;
    const first = offsets[r]!;
    const end = offsets[r + 1]!;
    add(START_STATE, st[first]!, journeys);
    for (let i = first + 1; i < end; i++) add(st[i - 1]!, st[i]!, journeys);
    if (conv > 0) add(st[end - 1]!, CONVERSION_STATE, conv);
    if (nulls > 0) add(st[end - 1]!, NULL_STATE, nulls);
  }
  return dense ? { dense, size } : { sparse: sparse!, size };
}

function toProbabilities(counts: Counts, size: number): TransitionMatrix {
  const edges: [number, number, number][] = [];
  if ('dense' in counts) {
    for (let key = 0; key < counts.dense.length; key++) {
      const w = counts.dense[key]!;
      if (w > 0) edges.push([Math.floor(key / size), key % size, w]);
    }
  } else {
    for (const [key, w] of counts.sparse) if (w > 0) edges.push([Math.floor(key / size), key % size, w]);
    edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  const rowStart = new Int32Array(size + 1);
  const out = new Float64Array(size);
  for (const [from, , w] of edges) {
    rowStart[from + 1]!++;
    out[from]! += w;
  }
  for (let s = 0; s < size; s++) rowStart[s + 1]! += rowStart[s]!;
  const target = new Int32Array(edges.length);
  const probability = new Float64Array(edges.length);
  edges.forEach(([from, to, w], i) => {
    target[i] = to;
    probability[i] = w / out[from]!;
  });
  return { rowStart, target, probability };
}

/**
 * Per state, what leaving it for (conversion) is worth: the probability of doing so, and the
 * expected value of doing so (value of the conversions that ended there ÷ journeys leaving it).
 */
function exitRewards(
  table: PathTable,
  states: MarkovStates,
  counts: Counts,
  size: number,
): { conversion: Float64Array; value: Float64Array } {
  const outTotal = new Float64Array(size);
  const convCount = new Float64Array(size);
  if ('dense' in counts) {
    for (let key = 0; key < counts.dense.length; key++) {
      const from = Math.floor(key / size);
      outTotal[from]! += counts.dense[key]!;
      if (key % size === CONVERSION_STATE) convCount[from]! += counts.dense[key]!;
    }
  } else {
    for (const [key, w] of counts.sparse) {
      const from = Math.floor(key / size);
      outTotal[from]! += w;
      if (key % size === CONVERSION_STATE) convCount[from]! += w;
    }
  }
  const valueAt = new Float64Array(size);
  for (let r = 0; r < table.conversions.length; r++) {
    if (table.conversions[r]! + table.nulls[r]! === 0) continue;
    valueAt[states.touchStates[table.offsets[r + 1]! - 1]!]! += table.value[r]!;
  }
  const conversion = new Float64Array(size);
  const value = new Float64Array(size);
  for (let s = FIRST_CHANNEL_STATE; s < size; s++) {
    if (outTotal[s]! === 0) continue;
    conversion[s] = convCount[s]! / outTotal[s]!;
    value[s] = valueAt[s]! / outTotal[s]!;
  }
  return { conversion, value };
}

/** Sweeps beyond this many mean a chain that barely leaves a loop; the result is still a lower bound. */
const MAX_SWEEPS = 100_000;

/**
 * P(conversion) and the expected value from (start), with `removed` states sending every
 * journey that reaches them to (null). Gauss–Seidel from p = 0 rises monotonically to the
 * solution; it stops when a sweep changes nothing beyond rounding.
 */
function absorb(
  m: TransitionMatrix,
  exits: { conversion: Float64Array; value: Float64Array },
  removed: Uint8Array,
): { conversion: number; value: number } {
  const size = m.rowStart.length - 1;
  const p = new Float64Array(size);
  const v = new Float64Array(size);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let change = 0;
    let scale = 0;
    // States are numbered in order of first appearance along paths: sweeping from the last
    // carries the conversion back towards (start) in one pass when the paths have no loops.
    for (let s = size - 1; s >= FIRST_CHANNEL_STATE; s--) {
      if (removed[s]) continue;
      let ps = exits.conversion[s]!;
      let vs = exits.value[s]!;
      for (let e = m.rowStart[s]!; e < m.rowStart[s + 1]!; e++) {
        const t = m.target[e]!;
        if (t < FIRST_CHANNEL_STATE || removed[t]) continue;
        ps += m.probability[e]! * p[t]!;
        vs += m.probability[e]! * v[t]!;
      }
      change = Math.max(change, ps - p[s]!, Math.abs(vs - v[s]!) / Math.max(1, Math.abs(vs)));
      scale = Math.max(scale, ps);
      p[s] = ps;
      v[s] = vs;
    }
    if (change <= 1e-15 * Math.max(1, scale)) break;
  }
  let conversion = 0;
  let value = 0;
  for (let e = m.rowStart[START_STATE]!; e < m.rowStart[START_STATE + 1]!; e++) {
    const t = m.target[e]!;
    if (removed[t]) continue;
    conversion += m.probability[e]! * p[t]!;
    value += m.probability[e]! * v[t]!;
  }
  return { conversion, value };
}
