import { once } from 'node:events';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runTsForJson } from './child.ts';
import { type BenchResult, progressBar } from './report.ts';
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

/** (b) `journeylens import` of N events and (c) DuckDB's raw load of the same file. */
export async function importBenches(events: number, workDir: string): Promise<BenchResult[]> {
  const file = await ensureFile(events, workDir);
  const dbPath = join(workDir, 'import.duckdb');
  rmSync(dbPath, { force: true });
  rmSync(`${dbPath}.wal`, { force: true });
  const bar = progressBar('file import', 1);
  const ours = await runTsForJson<{ seconds: number; accepted: number; rejected: number; peakRssMb: number }>(
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
  if (ours.accepted !== events) throw new Error(`import accepted ${ours.accepted} of ${events} events`);
  const reference = await runTsForJson<{ seconds: number; rows: number; peakRssMb: number }>(
    join(ROOT, 'bench/duckdb-reference.ts'),
    [file, join(workDir, 'reference.duckdb')],
  );
  return [
    {
      name: 'journeylens import (NDJSON file)',
      events,
      seconds: ours.seconds,
      eventsPerSecond: Math.round(events / ours.seconds),
      peakRssMb: ours.peakRssMb,
      ratio: ours.seconds / reference.seconds,
    },
    {
      name: 'reference: DuckDB read_json bulk load',
      events: reference.rows,
      seconds: reference.seconds,
      eventsPerSecond: Math.round(reference.rows / reference.seconds),
      peakRssMb: reference.peakRssMb,
      ratio: 1,
    },
  ];
}
