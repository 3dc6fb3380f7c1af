import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * This machine's scratch directories start with it, then the process id. The host name keeps
 * apart machines (containers) that share a temporary folder, whose process ids mean nothing here.
 */
const prefix = () => `journeylens-import-${hostname().replace(/[^A-Za-z0-9.]/g, '_')}-`;

/**
 * Makes the scratch directory of one import in the system's temporary folder. Its name holds this
 * process's id, so that an import can tell one abandoned by a process that is gone (killed in the
 * middle of an import, which leaves its staged rows behind: as big as the file) and remove it
 * first. Directories of processes still running are left alone.
 */
export async function makeImportScratchDir(): Promise<string> {
  await removeAbandonedScratchDirs();
  return mkdtemp(join(tmpdir(), `${prefix()}${process.pid}-`));
}

/** Removes the scratch directories of imports whose process is gone; returns their names. */
export async function removeAbandonedScratchDirs(): Promise<string[]> {
  const dir = tmpdir();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const ours = prefix();
  for (const name of names) {
    if (!name.startsWith(ours)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(ours.length))?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid)) continue;
    if (pid === process.pid || isRunning(pid)) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    // Signal 0 only asks whether the process exists.
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
