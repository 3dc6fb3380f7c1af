import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './child.ts';
import { httpBench } from './http-bench.ts';
import { importBenches } from './import-bench.ts';
import { printReport } from './report.ts';

/**
 * `npm run bench -- ingest [--events N] [--rounds R]`: (a) HTTP /v1/batch, (b) file import of N
 * events, and (c) DuckDB's own bulk load of the same file as the reference for (b), (b) and (c)
 * in turns for R rounds (3 by default), their medians reported.
 */
export async function runIngestBench(opts: {
  events: number;
  httpEvents: number;
  rounds: number;
}): Promise<void> {
  const workDir = join(ROOT, '.bench');
  mkdirSync(workDir, { recursive: true });
  console.log(
    `Ingest benchmark: ${opts.httpEvents.toLocaleString('en')} events over HTTP, ${opts.events.toLocaleString('en')} from a file`,
  );
  const http = await httpBench(opts.httpEvents, workDir);
  // The same server under more clients at once: group commits grow with the requests in flight.
  const busier = await httpBench(opts.httpEvents, workDir, 32);
  const imports = await importBenches(opts.events, workDir, opts.rounds);
  printReport('ingest', [http, busier, ...imports]);
}
