import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { threadsFromEnv } from '../../thread-count.ts';
import { chunkPath, type ScanJob, type ScannedChunk, scanChunks } from './ndjson-scan-chunks.ts';

export interface ScannedPart extends ScannedChunk {
  outPath: string;
  /** Lines before this part's first: add to its line numbers for the file's. */
  lineOffset: number;
  /** The part's share of the file, in bytes. */
  bytes: number;
}

/** How big the chunks a file is cut into are; tests make them small to have many. */
export const scanChunking = { bytes: 16 << 20 };

/** How many threads scan a file: `JOURNEYLENS_IMPORT_THREADS`, else one per core (at most 8). */
export function scanThreads(env: NodeJS.ProcessEnv = process.env): number {
  return threadsFromEnv(env, 'JOURNEYLENS_IMPORT_THREADS', 1, (cores) => Math.min(8, Math.max(1, cores)));
}

/**
 * Scans an NDJSON file into staged-rows files (ndjson-scan.ts), one per chunk, on this thread and
 * `threads − 1` worker threads side by side. Parts come back in file order with their line
 * offsets. This thread yields to the event loop between chunks, so progress is still shown.
 * `onPart` hears each part, in file order, as soon as it and those before it are scanned: what
 * it does with them then takes this thread's turn between chunks, while the workers scan on.
 */
export async function scanNdjsonFile(
  path: string,
  size: number,
  outPrefix: string,
  opts: {
    receivedAtMs: number;
    threads?: number;
    chunkBytes?: number;
    onProgress?: (fraction: number) => void;
    onPart?: (part: ScannedPart) => void;
  },
): Promise<ScannedPart[]> {
  const chunkBytes = opts.chunkBytes ?? scanChunking.bytes;
  const threads = opts.threads ?? scanThreads();
  const bounds = cutAtNewlines(path, size, chunkTargets(size, chunkBytes, threads));
  const chunks = bounds.length - 1;
  const job: ScanJob = {
    path,
    bounds,
    outPrefix,
    receivedAtMs: opts.receivedAtMs,
    next: new SharedArrayBuffer(4),
  };
  const results = new Array<ScannedChunk | undefined>(chunks);
  const parts: ScannedPart[] = [];
  let lineOffset = 0;
  let bytesDone = 0;
  const onChunk = (i: number, chunk: ScannedChunk) => {
    results[i] = chunk;
    bytesDone += bounds[i + 1]! - bounds[i]!;
    for (let next = parts.length; next < chunks && results[next] !== undefined; next++) {
      const ready = results[next]!;
      const part = {
        ...ready,
        outPath: chunkPath(outPrefix, next),
        lineOffset,
        bytes: bounds[next + 1]! - bounds[next]!,
      };
      lineOffset += ready.lines;
      parts.push(part);
      opts.onPart?.(part);
    }
    opts.onProgress?.(bytesDone / Math.max(1, size));
  };
  // Workers only when there are chunks for them: each costs a start.
  const workers = Math.min(threads - 1, chunks - 1);
  const running = Array.from({ length: Math.max(0, workers) }, () => runInWorker(job, onChunk));
  // This thread's errors are thrown only once the workers are done, so that none is left running.
  const own = scanChunks(job, onChunk, () => new Promise((resolve) => setImmediate(resolve)));
  const settled = await Promise.allSettled([own, ...running]);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  if (parts.length < chunks) throw new Error(`chunk ${parts.length} of ${path} was not scanned`);
  return parts;
}

/** The smallest chunk the end of a file is cut into (see chunkTargets). */
const TAIL_CHUNK_BYTES = 1 << 20;

/**
 * Where to cut a file of `size` bytes into chunks for `threads` threads: `chunkBytes` each, but
 * smaller towards the end (a quarter of what is left per thread, down to a megabyte), so that
 * the threads run out of work at about the same time. With equal chunks, one thread scanned the
 * last one alone while the other had finished: about half a chunk's time with a core idle.
 * Returns the offsets between chunks, ascending, before they are moved to line starts.
 */
export function chunkTargets(size: number, chunkBytes: number, threads: number): number[] {
  const targets: number[] = [];
  const smallest = Math.min(chunkBytes, TAIL_CHUNK_BYTES);
  for (let at = 0; ; ) {
    const left = size - at;
    const step =
      threads > 1 ? Math.max(smallest, Math.min(chunkBytes, Math.floor(left / (2 * threads)))) : chunkBytes;
    if (left <= step) return targets;
    at += step;
    targets.push(at);
  }
}

/** Byte offsets 0 = b0 < b1 < … = size cutting the file at the line starts at or after `targets`. */
function cutAtNewlines(path: string, size: number, targets: number[]): number[] {
  const bounds = [0];
  const fd = openSync(path, 'r');
  try {
    const window = Buffer.allocUnsafe(64 * 1024);
    for (const target of targets) {
      let at = Math.max(target, bounds[bounds.length - 1]!);
      let cut = -1;
      while (at < size && cut < 0) {
        const read = readSync(fd, window, 0, window.length, at);
        if (read === 0) break;
        const nl = window.subarray(0, read).indexOf(0x0a);
        if (nl >= 0) cut = at + nl + 1;
        at += read;
      }
      if (cut < 0 || cut >= size) break;
      if (cut > bounds[bounds.length - 1]!) bounds.push(cut);
    }
  } finally {
    closeSync(fd);
  }
  if (size > 0) bounds.push(size);
  return bounds;
}

function runInWorker(job: ScanJob, onChunk: (index: number, chunk: ScannedChunk) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ndjson-scan-worker-entry.cjs', import.meta.url), {
      workerData: job,
      // None of this process's Node flags: a worker inherits them, and `--import tsx` (as the
      // benches and tests run) starts tsx's ESM hooks in it, with a thread of their own. The
      // entry registers what the scan needs itself; V8's flags are the process's anyway. The
      // worker started in 150 ms instead of 220 ms.
      execArgv: [],
    });
    let error: Error | undefined;
    worker.on('message', (m: { index?: number; chunk?: ScannedChunk; error?: string }) => {
      if (m.index !== undefined && m.chunk !== undefined) onChunk(m.index, m.chunk);
      if (m.error !== undefined) error = new Error(m.error);
    });
    worker.on('error', (err) => {
      error = err;
    });
    worker.on('exit', (code) => {
      if (error !== undefined) reject(error);
      else if (code !== 0) reject(new Error(`the import's scan thread stopped (exit code ${code})`));
      else resolve();
    });
  });
}
