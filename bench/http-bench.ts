import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { peakRssMb, ROOT, runTsForJson, spawnTs } from './child.ts';
import { type BenchResult, progressBar } from './report.ts';

const WRITE_KEY = 'bench-write-key-0001';

/** Waits until the server prints where it listens (it was started on port 0) and is healthy. */
async function waitHealthy(server: ChildProcess): Promise<string> {
  let output = '';
  // Read everything the server prints: an unread pipe would block it once full.
  server.stdout?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  });
  server.stderr?.resume();
  for (let i = 0; i < 300; i++) {
    const url = /listening on (http:\/\/[\d.]+:\d+)/.exec(output)?.[1];
    if (url) {
      try {
        const res = await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
        await res.arrayBuffer();
        if (res.ok) return url;
      } catch {
        // not listening yet
      }
    }
    await sleep(100);
  }
  throw new Error(`the server did not become healthy: ${output.slice(-2000)}`);
}

/**
 * (a) HTTP ingestion: a Journeylens server in one process, a load generator sending 100-event
 * batches over `connections` keep-alive connections (8 unless BENCH_CONNECTIONS says otherwise)
 * in another; events/s counts acknowledged (durable) events after a warm-up of up to 20,000.
 */
export async function httpBench(
  events: number,
  workDir: string,
  connections = Number(process.env.BENCH_CONNECTIONS ?? 8),
): Promise<BenchResult> {
  const dbPath = join(workDir, 'http.duckdb');
  rmSync(dbPath, { force: true });
  rmSync(`${dbPath}.wal`, { force: true });
  const server = spawnTs(
    join(ROOT, 'src/cli/main.ts'),
    ['serve', '--store', `duckdb:${dbPath}`, '--port', '0'],
    {
      env: {
        JOURNEYLENS_WRITE_KEY: WRITE_KEY,
        JOURNEYLENS_ADMIN_TOKEN: 'bench-admin-token-0000000001',
        // Ingestion only: a stale web app would otherwise be rebuilt inside the measured process.
        JOURNEYLENS_WEB_BUILD: 'off',
      },
      asLauncher: true,
    },
  );
  try {
    const url = await waitHealthy(server);
    const bar = progressBar(`HTTP, ${connections} connections`, events);
    const result = await runTsForJson<{ acked: number; failed: number; seconds: number }>(
      join(ROOT, 'bench/http-load.ts'),
      [url, WRITE_KEY, String(events), '100', String(connections), `http-${Date.now()}`],
      (m) => bar.update((m as { acked: number }).acked),
    );
    bar.update(events);
    bar.stop();
    if (result.failed > 0) throw new Error(`${result.failed} events were not acknowledged`);
    return {
      name: `http /v1/batch (100-event batches, ${connections} connections)`,
      events: result.acked,
      seconds: result.seconds,
      eventsPerSecond: Math.round(result.acked / result.seconds),
      peakRssMb: peakRssMb(server.pid!),
      ratio: null,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}
