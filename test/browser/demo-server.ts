import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface DemoServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  mapId: (locale: 'en' | 'pl') => string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs `journeylens demo` as a user would (`npm start`), on a temp store and a free port, with
 * the admin's sign-in and API token given in the environment, and waits until it serves.
 */
export async function startDemoServer(opts: {
  people: number;
  seed: number;
  env: Record<string, string>;
}): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-browser-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'bin/journeylens.js',
      'demo',
      '--store',
      `duckdb:${join(dir, 'demo.duckdb')}`,
      '--port',
      '0',
      '--people',
      String(opts.people),
      '--seed',
      String(opts.seed),
    ],
    { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`journeylens demo exited early:\n${output}`);
    }
    const found = /demo is running at (http:\/\/[\w.]+:\d+)/.exec(output)?.[1];
    if (found) {
      // The server listens on 127.0.0.1; "localhost" may resolve to ::1 first in the browser.
      const url = found.replace('localhost', '127.0.0.1');
      return { url, mapId: (locale) => `demo-${opts.seed}-${locale}`, output: () => output, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`journeylens demo did not start within 60 s:\n${output}`);
}
