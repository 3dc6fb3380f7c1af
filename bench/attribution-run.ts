/**
 * One attribution model on the bench table, in a process of its own so its peak memory is its
 * own: `node --import tsx bench/attribution-run.ts markov 1000000 [order]`. Prints one JSON line.
 */
import { fitMarkov } from '../src/analytics/attribution/markov.ts';
import { markovStates } from '../src/analytics/attribution/markov-states.ts';
import { tableTotals } from '../src/analytics/attribution/path-table.ts';
import { channelSets, DEFAULT_SHAPLEY_OPTIONS, fitShapley } from '../src/analytics/attribution/shapley.ts';
import { benchPathTable } from './attribution-paths.ts';
import { peakRssMb } from './child.ts';

const [model, rowsText, orderText = '1'] = process.argv.slice(2);
const rows = Number(rowsText);
const table = benchPathTable(rows);
const baselineRssMb = peakRssMb(process.pid);
const started = performance.now();
let credit: Float64Array;
if (model === 'markov') {
  credit = fitMarkov(table, markovStates(table, Number(orderText))).credit.conversions;
} else if (model === 'shapley') {
  credit = fitShapley(table, channelSets(table), DEFAULT_SHAPLEY_OPTIONS).credit.conversions;
} else {
  throw new Error(`unknown model ${model}`);
}
const seconds = (performance.now() - started) / 1000;
// The credits must add up to the conversions, or the timing measured a wrong answer.
const sum = credit.reduce((a, b) => a + b, 0);
const { conversions } = tableTotals(table);
if (Math.abs(sum - conversions) > 1e-6 * conversions)
  throw new Error(`${model}: credits ${sum} ≠ ${conversions}`);
console.log(
  JSON.stringify({
    model,
    rows: table.conversions.length,
    channels: table.channels.length,
    touches: table.touches.length,
    conversions,
    seconds,
    peakRssMb: peakRssMb(process.pid),
    baselineRssMb,
  }),
);
