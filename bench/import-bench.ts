import { once } from 'node:events';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runTsForJson } from './child.ts';
import { type BenchResult, median, progressBar } from './report.ts';
import { syntheticEvent } from './synthetic-events.ts';

/** Writes N synthetic events as NDJSON (reused between runs of the same size). */
async function ensureFile(events: number, workDir: string): Promise<string> {
  const path = join(workDir, `events-${events}.ndjson`);
  if (existsSync(path)) return path;
  const bar = progressBar('generate NDJSON', events);
  const out = createWriteStream(`${path}.tmp`);
  for (let i = 0; i < events; i++) {
    if (!out.write(`${JSON.stringify(syntheticEvent(i, 'file'))}\n`)) await once(out, 'drain');
    if (i % 10_000 === 0) bar.update(i);
  }
  out.end();
  await once(out, 'finish');
  bar.update(events);
  bar.stop();
  const { renameSync } = await import('node:fs');
  renameSync(`${path}.tmp`, path);
  return path;
}

interface Run {
  seconds: number;
  peakRssMb: number;
}

/** One `journeylens import` of `file` into a fresh database, in its own process. */
async function runImport(file: string, dbPath: string, events: number, label: string): Promise<Run> {
  rmSync(dbPath, { force: true });
  rmSync(`${dbPath}.wal`, { force: true });
  const bar = progressBar(label, 1);
  const run = await runTsForJson<{ seconds: number; accepted: number; rejected: number; peakRssMb: number }>(
    join(ROOT, 'bench/import-run.ts'),
    [file, `duckdb:${dbPath}`],
    (m) => {
      const done = (m as { done: number }).done;
      bar.setTotal(Math.max(bar.getTotal(), done));
      bar.update(done);
    },
    { asLauncher: true },
  );
  bar.stop();
  if (run.accepted !== events) throw new Error(`import accepted ${run.accepted} of ${events} events`);
  return run;
}

/**
 * (b) `journeylens import` of N events and (c) DuckDB's raw load of the same file, in turns for
 * `rounds` rounds: each figure is the median of its runs, and the ratio the median of the rounds'
 * ratios. A round's two runs are seconds apart, so drift in the machine's speed (up to 20% within
 * an hour here) moves both; one run of each, a minute apart, gave ratios from 1.67× to 2.51× for
 * the same code.
 */
export async function importBenches(events: number, workDir: string, rounds = 3): Promise<BenchResult[]> {
  const file = await ensureFile(events, workDir);
  const ours: Run[] = [];
  const references: (Run & { rows: number })[] = [];
  for (let round = 1; round <= rounds; round++) {
    const label = rounds === 1 ? 'file import' : `file import ${round}/${rounds}`;
    ours.push(await runImport(file, join(workDir, 'import.duckdb'), events, label));
    references.push(
      await runTsForJson<{ seconds: number; rows: number; peakRssMb: number }>(
        join(ROOT, 'bench/duckdb-reference.ts'),
        [file, join(workDir, 'reference.duckdb')],
      ),
    );
  }
  const oursSeconds = median(ours.map((r) => r.seconds));
  const referenceSeconds = median(references.map((r) => r.seconds));
  const rows = references[0]!.rows;
  return [
    {
      name: 'journeylens import (NDJSON file)',
      events,
      seconds: oursSeconds,
      eventsPerSecond: Math.round(events / oursSeconds),
      peakRssMb: Math.max(...ours.map((r) => r.peakRssMb)),
      ratio: median(ours.map((r, i) => r.seconds / references[i]!.seconds)),
      runSeconds: ours.map((r) => r.seconds),
    },
    {
      name: 'reference: DuckDB read_json bulk load',
      events: rows,
      seconds: referenceSeconds,
      eventsPerSecond: Math.round(rows / referenceSeconds),
      peakRssMb: Math.max(...references.map((r) => r.peakRssMb)),
      ratio: 1,
      runSeconds: references.map((r) => r.seconds),
    },
  ];
}
