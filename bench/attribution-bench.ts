import { join } from 'node:path';
import { ROOT, runTsForJson } from './child.ts';

interface ModelRun {
  model: string;
  rows: number;
  channels: number;
  touches: number;
  conversions: number;
  seconds: number;
  peakRssMb: number;
  baselineRssMb: number;
}

const MODELS = [
  { name: 'markov order 1', args: ['markov', '1'] },
  { name: 'shapley (exact, 12 channels)', args: ['shapley'] },
  // Not a target of issue 5; shows what the highest order costs on the same table.
  { name: 'markov order 4', args: ['markov', '4'] },
] as const;

/** Issue 5's target for each model on 1,000,000 paths. */
const TARGET_SECONDS = 5;

/**
 * `npm run bench -- attribution [--paths N]`: Markov (order 1) and exact Shapley on a table of
 * N distinct paths over 12 channels (default 1,000,000), each in a process of its own for its
 * peak memory. Generating the table is not timed; its memory is shown as the baseline.
 */
export async function runAttributionBench(opts: { paths: number }): Promise<void> {
  console.log(`Attribution benchmark: ${opts.paths.toLocaleString('en')} distinct paths, 12 channels`);
  const results: (ModelRun & { name: string })[] = [];
  for (const m of MODELS) {
    const run = await runTsForJson<ModelRun>(join(ROOT, 'bench/attribution-run.ts'), [
      m.args[0],
      String(opts.paths),
      ...m.args.slice(1),
    ]);
    results.push({ ...run, name: m.name });
    console.log(
      `${m.name.padEnd(32)} ${run.seconds.toFixed(2).padStart(6)} s  peak ${String(run.peakRssMb).padStart(5)} MB` +
        ` (table alone ${run.baselineRssMb} MB)  ${run.seconds < TARGET_SECONDS ? 'within' : 'OVER'} the ${TARGET_SECONDS} s target`,
    );
  }
  console.log(
    JSON.stringify({
      bench: 'attribution',
      results: results.map((r) => ({
        name: r.name,
        paths: r.rows,
        channels: r.channels,
        touches: r.touches,
        seconds: Number(r.seconds.toFixed(3)),
        peakRssMb: r.peakRssMb,
        baselineRssMb: r.baselineRssMb,
        targetSeconds: TARGET_SECONDS,
      })),
    }),
  );
}
