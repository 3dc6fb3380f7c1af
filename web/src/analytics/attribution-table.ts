import type { AttributionResult } from '../../../src/analytics/attribution/attribution-result.ts';

/** Credit in conversions or in value (the conversion's revenue); the result has both. */
export type CreditMeasure = 'conversions' | 'value';

/** The models a result has, in the order the API lists them (first_touch … shapley). */
export function resultModels(result: AttributionResult): string[] {
  return Object.keys(result.models);
}

/**
 * The channels of a result, the most credited first (by the mean credit over the models, so no
 * single model decides the order; ties by name). Channels no model credits at all (a touch seen
 * only on paths that did not convert) stay, last: that is an answer too.
 * Example: markov `{ web: 37.7, email: 29.1 }`, linear `{ web: 41.8, email: 24.2 }` → `['web', 'email']`.
 */
export function rankedChannels(result: AttributionResult, measure: CreditMeasure = 'conversions'): string[] {
  const table = measure === 'conversions' ? result.models : result.values;
  const totals = new Map<string, number>();
  for (const credit of Object.values(table)) {
    for (const [channel, n] of Object.entries(credit)) totals.set(channel, (totals.get(channel) ?? 0) + n);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([channel]) => channel);
}

/** The credit of each model to one channel: one row of the comparison table. */
export interface CreditRow {
  channel: string;
  /** Per model, in `resultModels` order; 0 where the model gave the channel nothing. */
  credits: number[];
}

/** The comparison table: channels (most credited first) × models, in conversions or value. */
export function creditRows(result: AttributionResult, measure: CreditMeasure): CreditRow[] {
  const models = resultModels(result);
  const table = measure === 'conversions' ? result.models : result.values;
  return rankedChannels(result, measure).map((channel) => ({
    channel,
    credits: models.map((m) => table[m]?.[channel] ?? 0),
  }));
}

/** Markov removal effect of one channel: the share of conversions (and value) lost without it. */
export interface RemovalRow {
  channel: string;
  conversions: number;
  value: number | null;
}

/**
 * Removal effects, largest first. (Anderl et al., "Mapping the customer journey", 2016: the
 * removal effect of a channel is the relative drop in the chain's conversion probability when
 * every path through it fails; credit is conversions × effect ÷ the sum of the effects.)
 */
export function removalRows(result: AttributionResult): RemovalRow[] {
  return Object.entries(result.removalEffects)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([channel, effect]) => ({
      channel,
      conversions: effect,
      value: result.valueRemovalEffects[channel] ?? null,
    }));
}

/** The Markov chain's transition probabilities laid out for a table. */
export type TransitionLayout =
  | { kind: 'matrix'; from: string[]; to: string[]; probabilities: (number | null)[][] }
  | { kind: 'list'; rows: { from: string; to: string; probability: number }[]; total: number };

/** The chain's absorbing states, as the API names them (attribution-result.ts). */
export const START = '(start)';
export const CONVERSION = '(conversion)';
export const NULL_STATE = '(null)';

/**
 * The transition matrix as a grid when it fits on a screen (at most `maxColumns` states to go
 * to: order 1 over a dozen channels), else as a list of the most probable transitions (higher
 * orders have a state per sequence of channels, far too many columns). Rows start at (start);
 * columns end with (conversion) and (null). A cell the chain never takes is null, not 0.
 */
export function transitionLayout(
  transitions: AttributionResult['transitions'],
  opts: { maxColumns?: number; maxRows?: number } = {},
): TransitionLayout {
  const maxColumns = opts.maxColumns ?? 16;
  const maxRows = opts.maxRows ?? 100;
  const from = Object.keys(transitions).sort(
    (a, b) => Number(b === START) - Number(a === START) || a.localeCompare(b),
  );
  const targets = new Set(from.flatMap((f) => Object.keys(transitions[f] ?? {})));
  const absorbing = [CONVERSION, NULL_STATE].filter((s) => targets.has(s));
  const to = [...targets].filter((s) => !absorbing.includes(s)).sort((a, b) => a.localeCompare(b));
  to.push(...absorbing);
  if (to.length <= maxColumns) {
    return {
      kind: 'matrix',
      from,
      to,
      probabilities: from.map((f) => to.map((t) => transitions[f]?.[t] ?? null)),
    };
  }
  const rows = from
    .flatMap((f) =>
      Object.entries(transitions[f] ?? {}).map(([t, probability]) => ({ from: f, to: t, probability })),
    )
    .sort(
      (a, b) => b.probability - a.probability || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    );
  return { kind: 'list', rows: rows.slice(0, maxRows), total: rows.length };
}

/** A bootstrap interval of one model's credit to one channel. */
export interface IntervalRow {
  channel: string;
  /** Per data-driven model in the result (`intervalModels`): [low, high], or null if missing. */
  intervals: ([number, number] | null)[];
}

/** The models with bootstrap intervals, in the result's order. */
export function intervalModels(result: AttributionResult): string[] {
  return resultModels(result).filter((m) => result.intervals?.[m] !== undefined);
}

/** Bootstrap intervals per channel (in `rankedChannels` order) and data-driven model. */
export function intervalRows(result: AttributionResult, measure: CreditMeasure): IntervalRow[] {
  const models = intervalModels(result);
  if (models.length === 0) return [];
  return rankedChannels(result, measure).map((channel) => ({
    channel,
    intervals: models.map((m) => result.intervals?.[m]?.[channel]?.[measure] ?? null),
  }));
}

/**
 * How the Shapley credits were computed, as a key under `attribution.shapley` and its values:
 * exact over every coalition of channels, or sampled with a 95 % error bound (the largest over
 * the channels, so one number tells how far any credit may be off).
 */
export function shapleyNote(
  result: AttributionResult,
  measure: CreditMeasure,
): { key: 'exact'; channels: number } | { key: 'sampled'; samples: number; bound: number } | null {
  const s = result.shapley;
  if (!s || !result.models.shapley) return null;
  const channels = Object.keys(result.models.shapley).length;
  if (s.method === 'exact') return { key: 'exact', channels };
  const bounds = Object.values(s.errorBound?.[measure] ?? {});
  return { key: 'sampled', samples: s.samples ?? 0, bound: bounds.length > 0 ? Math.max(...bounds) : 0 };
}

/**
 * Conversions in the range that no model could credit, because no touch came before them in
 * the lookback window; null when every conversion had a touch. Sums of floating-point values
 * leave crumbs like 7e-12 when nothing is missing: below half a cent counts as nothing.
 */
export function unattributedOf(result: AttributionResult): { conversions: number; value: number } | null {
  const u = result.unattributed;
  if (!u) return null;
  const value = Math.abs(u.value) < 0.005 ? 0 : u.value;
  return u.conversions > 0 || value > 0 ? { conversions: u.conversions, value } : null;
}
