import type { AttributionResult } from './attribution-result.ts';
import { type BootstrapOptions, bootstrapIntervals } from './bootstrap.ts';
import { byChannel, type ChannelCredit } from './credit.ts';
import {
  HEURISTIC_MODELS,
  type HeuristicModel,
  type HeuristicOptions,
  heuristicCredit,
} from './heuristic-models.ts';
import { fitMarkov, type TransitionMatrix } from './markov.ts';
import { markovStates } from './markov-states.ts';
import { type PathTable, tableTotals } from './path-table.ts';
import { channelSets, fitShapley, type ShapleyOptions } from './shapley.ts';

/** Every model, in the order results list them (issue 5's names). */
export const ATTRIBUTION_MODELS = [...HEURISTIC_MODELS, 'markov', 'shapley'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];
/** Models fitted to the data, which get bootstrap intervals. */
export const DATA_DRIVEN_MODELS = ['markov', 'shapley'] as const;

export const MARKOV_ORDERS = { min: 1, max: 4 } as const;

export interface AttributionOptions extends HeuristicOptions {
  models: readonly AttributionModel[];
  /** Markov chain order, 1–4. */
  order: number;
  shapley: Omit<ShapleyOptions, 'seed'>;
  bootstrap: BootstrapOptions;
}

export const DEFAULT_ATTRIBUTION_OPTIONS: AttributionOptions = {
  models: ATTRIBUTION_MODELS,
  order: 1,
  positionBased: { first: 0.4, last: 0.4 },
  timeDecay: { halfLife: 1 },
  shapley: { maxExactChannels: 15, samples: 2_000 },
  bootstrap: { iterations: 100, confidence: 0.95, seed: 1 },
};

/**
 * Runs the chosen models side by side on one path table. Example:
 * `attribute(table, { ...DEFAULT_ATTRIBUTION_OPTIONS, models: ['linear', 'markov'] })` →
 * `{ conversions, value, models: { linear: {…}, markov: {…} }, removalEffects, transitions, … }`.
 */
export function attribute(
  table: PathTable,
  options: AttributionOptions,
  /** Credits worked out elsewhere, e.g. time_decay over event times in SQL; used as they are. */
  precomputed: Partial<Record<AttributionModel, ChannelCredit>> = {},
): AttributionResult {
  const totals = tableTotals(table);
  const channels = table.channels;
  const result: AttributionResult = {
    conversions: totals.conversions,
    value: totals.value,
    models: {},
    removalEffects: {},
    transitions: {},
    values: {},
    valueRemovalEffects: {},
  };
  const put = (model: string, credit: ChannelCredit) => {
    result.models[model] = byChannel(channels, credit.conversions);
    result.values[model] = byChannel(channels, credit.value);
  };
  const fits: Record<string, (t: PathTable) => ChannelCredit> = {};
  const shapleyOptions = { ...options.shapley, seed: options.bootstrap.seed };
  for (const model of options.models) {
    const given = precomputed[model];
    if (given) {
      put(model, given);
    } else if (model === 'markov') {
      const states = markovStates(table, options.order);
      const fit = fitMarkov(table, states);
      put(model, fit.credit);
      result.removalEffects = byChannel(channels, fit.removalEffects);
      result.valueRemovalEffects = byChannel(channels, fit.valueRemovalEffects);
      result.transitions = transitionRecord(fit.transitions, states.names);
      result.conversionProbability = fit.conversionProbability;
      result.order = options.order;
      fits.markov = (t) => fitMarkov(t, states).credit;
    } else if (model === 'shapley') {
      const sets = channelSets(table);
      const fit = fitShapley(table, sets, shapleyOptions);
      put(model, fit.credit);
      result.shapley = { method: fit.method };
      if (fit.errorBound) {
        result.shapley.samples = fit.samples;
        result.shapley.errorBound = {
          conversions: byChannel(channels, fit.errorBound.conversions),
          value: byChannel(channels, fit.errorBound.value),
        };
      }
      fits.shapley = (t) => fitShapley(t, sets, shapleyOptions).credit;
    } else {
      put(model, heuristicCredit(table, model as HeuristicModel, options));
    }
  }
  if (options.bootstrap.iterations > 0 && Object.keys(fits).length > 0 && channels.length > 0) {
    const drawn = bootstrapIntervals(table, fits, options.bootstrap);
    result.intervals = {};
    for (const [model, perChannel] of Object.entries(drawn)) {
      result.intervals[model] = Object.fromEntries(channels.map((name, c) => [name, perChannel[c]!]));
    }
    result.bootstrap = { ...options.bootstrap };
  }
  return result;
}

function transitionRecord(
  m: TransitionMatrix,
  names: readonly string[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (let s = 0; s < names.length; s++) {
    if (m.rowStart[s] === m.rowStart[s + 1]) continue;
    const row: Record<string, number> = {};
    for (let e = m.rowStart[s]!; e < m.rowStart[s + 1]!; e++) row[names[m.target[e]!]!] = m.probability[e]!;
    out[names[s]!] = row;
  }
  return out;
}
