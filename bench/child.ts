import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Node flags `journeylens` runs with: those on the launcher's `#!` line, so that what the
 * bench measures is what users run.
 */
export function launcherNodeFlags(): string[] {
  const shebang = readFileSync(join(ROOT, 'bin/journeylens.js'), 'utf8').split('\n', 1)[0]!;
  return shebang.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** `asLauncher`: run with the launcher's Node flags, for the product's own code under test. */
export interface SpawnOptions {
  env?: Record<string, string>;
  asLauncher?: boolean;
}

/**
 * Starts a TypeScript file of ours in its own Node process (through tsx), with an IPC channel for
 * progress. The caller must read stdout and stderr: a full pipe would block the child.
 */
export function spawnTs(file: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
  const flags = opts.asLauncher ? launcherNodeFlags() : [];
  return spawn(process.execPath, [...flags, '--import', 'tsx', file, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

/** Runs a TypeScript file to completion and parses the JSON of its last stdout line. */
export function runTsForJson<T>(
  file: string,
  args: string[],
  onMessage?: (m: unknown) => void,
  opts: SpawnOptions = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawnTs(file, args, opts);
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    if (onMessage) child.on('message', onMessage);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${file} exited with ${code}: ${err.slice(-2000)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${file} printed no JSON result: ${out.slice(-500)} ${err.slice(-500)}`));
      }
    });
  });
}

/** Peak resident memory of a running process, from /proc (Linux), in MB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
