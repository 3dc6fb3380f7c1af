import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `journeylens serve` as a user would, in its own process, and waits until it is healthy. */
export async function startServerProcess(
  storePath: string,
  env: Record<string, string>,
): Promise<ServerProcess> {
  // Port 0: the system picks a free port, which the server prints; no collisions between runs.
  const child = spawn(
    process.execPath,
    ['bin/journeylens.js', 'serve', '--store', `duckdb:${storePath}`, '--port', '0'],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${output}`);
    const url = /listening on (http:\/\/[\d.]+:\d+)/.exec(output)?.[1];
    if (url === undefined) {
      await sleep(100);
      continue;
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url, output: () => output };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy: ${output}`);
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}
