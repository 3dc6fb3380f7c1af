import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runTsForJson } from './child.ts';
import { BENCH_QUERIES } from './query-specs.ts';
import { progressBar } from './report.ts';

interface QueryBenchResult {
  name: string;
  engine: string;
  medianMs: number;
  peakRssMb: number;
  referenceMs: number | null;
  ratio: number | null;
}

const ENGINES = ['duckdb', 'clickhouse'] as const;

/** The DuckDB data set for `events` events, generated once and reused by later runs. */
async function ensureData(events: number, workDir: string): Promise<string> {
  const path = join(workDir, `query-${events}.duckdb`);
  if (existsSync(path) && existsSync(`${path}.person_overrides.parquet`)) return path;
  const bar = progressBar(`generate ${events.toLocaleString('en')} events`, 1);
  await runTsForJson(join(ROOT, 'bench/query-generate.ts'), [`${path}.tmp`, String(events)], (m) => {
    const { done, total } = m as { done: number; total: number };
    bar.setTotal(total);
    bar.update(done);
  });
  bar.stop();
  renameSync(`${path}.tmp`, path);
  for (const table of ['events', 'persons', 'person_distinct_ids', 'person_overrides'])
    renameSync(`${path}.tmp.${table}.parquet`, `${path}.${table}.parquet`);
  return path;
}

/** The same data set in an embedded ClickHouse (chdb) folder, loaded once from the Parquet copies. */
async function ensureClickHouseData(duckdbPath: string): Promise<string> {
  const dir = duckdbPath.replace(/\.duckdb$/, '.chdb');
  if (existsSync(join(dir, 'loaded'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bar = progressBar('load into ClickHouse', 1);
  await runTsForJson(join(ROOT, 'bench/query-load-clickhouse.ts'), [dir, duckdbPath], (m) => {
    const { done, total } = m as { done: number; total: number };
    bar.setTotal(total);
    bar.update(done);
  });
  bar.stop();
  writeFileSync(join(dir, 'loaded'), '');
  return dir;
}

/**
 * `npm run bench -- query [--events N]`: each analysis on each engine (median of 3 runs, in a
 * process of its own for its peak memory), beside the engine's best hand-written reference.
 */
export async function runQueryBench(opts: { events: number }): Promise<void> {
  const workDir = join(ROOT, '.bench');
  mkdirSync(workDir, { recursive: true });
  console.log(
    `Query benchmark: ${opts.events.toLocaleString('en')} events, ${(opts.events / 10).toLocaleString('en')} persons, 30 days`,
  );
  const duckdbPath = await ensureData(opts.events, workDir);
  const chdbDir = await ensureClickHouseData(duckdbPath);
  const results: QueryBenchResult[] = [];
  const bar = progressBar('queries', BENCH_QUERIES.length * ENGINES.length);
  for (const engine of ENGINES) {
    for (const [i, q] of BENCH_QUERIES.entries()) {
      const run = (mode: 'ours' | 'reference') =>
        runTsForJson<{ medianMs: number; peakRssMb: number; answer: unknown }>(
          join(ROOT, 'bench/query-run.ts'),
          [engine, duckdbPath, chdbDir, String(i), mode],
        );
      const ours = await run('ours');
      const reference = q.reference?.[engine] ? await run('reference') : null;
      if (reference && JSON.stringify(reference.answer) !== JSON.stringify(ours.answer)) {
        throw new Error(
          `${q.name} on ${engine}: ours answered ${JSON.stringify(ours.answer)}, ` +
            `the reference ${JSON.stringify(reference.answer)}`,
        );
      }
      results.push({
        name: q.name,
        engine,
        medianMs: ours.medianMs,
        peakRssMb: ours.peakRssMb,
        referenceMs: reference?.medianMs ?? null,
        ratio: reference ? ours.medianMs / reference.medianMs : null,
      });
      bar.increment();
    }
  }
  bar.stop();
  console.log('');
  for (const r of results) {
    const ref =
      r.referenceMs === null ? '' : `  reference ${r.referenceMs} ms  ratio ${r.ratio!.toFixed(2)}×`;
    console.log(
      `${r.name.padEnd(40)} ${r.engine.padEnd(10)} ${String(r.medianMs).padStart(7)} ms  peak ${String(r.peakRssMb).padStart(5)} MB${ref}`,
    );
  }
  console.log(
    JSON.stringify({
      bench: 'query',
      events: opts.events,
      results: results.map((r) => ({ ...r, ratio: r.ratio === null ? null : Number(r.ratio.toFixed(3)) })),
    }),
  );
}
