import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { threadsFromEnv } from '../../thread-count.ts';
import {
  FAST_PATH_MAX_LINE_BYTES,
  type ScanCounts,
  StagedRowsOutput,
  scanLines,
  uncertainRow,
} from './ndjson-scan.ts';

/**
 * A file import's scan, shared by the threads that do it: the file is cut at line starts into
 * chunks, and each thread takes the next chunk not yet taken (`next`, an Atomics counter) until
 * none is left. A thread that starts late (a worker loads its code first) simply takes fewer.
 */
export interface ScanJob {
  path: string;
  /** Chunk i is bytes [bounds[i], bounds[i + 1]). */
  bounds: number[];
  /** Chunk i's staged rows go to `${outPrefix}-${i}.txt`. */
  outPrefix: string;
  receivedAtMs: number;
  next: SharedArrayBuffer;
}

export interface ScannedPart extends ScanCounts {
  outPath: string;
  /** Lines before this part's first: add to its line numbers for the file's. */
  lineOffset: number;
}

const READ_BYTES = 8 << 20;
const OUT_BYTES = 8 << 20;
const CHUNK_BYTES = 24 << 20;
/** A line longer than this is not read whole: it is left to JavaScript, which rejects it unread. */
const MAX_SCANNED_LINE_BYTES = Math.max(16 << 20, 2 * FAST_PATH_MAX_LINE_BYTES);

/** Per thread: one block of memory for input and output, so that members copy with copyWithin. */
let memory: ArrayBuffer | undefined;

/** Takes and scans chunks until none is left; `onChunk` hears each one's counts. */
export async function scanChunks(
  job: ScanJob,
  onChunk: (index: number, counts: ScanCounts) => void,
  between?: () => Promise<void>,
): Promise<void> {
  const next = new Int32Array(job.next);
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    if (i + 1 >= job.bounds.length) return;
    onChunk(i, scanRange(job, i));
    await between?.();
  }
}

/** Scans chunk `index`, which starts at a line's start and ends after a newline or at the end. */
export function scanRange(job: ScanJob, index: number): ScanCounts {
  const start = job.bounds[index]!;
  const end = job.bounds[index + 1]!;
  const counts: ScanCounts = { lines: 0, rows: 0, uncertain: [] };
  memory ??= new ArrayBuffer(READ_BYTES + OUT_BYTES);
  let input = Buffer.from(memory, 0, READ_BYTES);
  const fd = openSync(job.path, 'r');
  const output = openSync(`${job.outPrefix}-${index}.txt`, 'w');
  try {
    const out = new StagedRowsOutput(
      (bytes) => writeSync(output, bytes),
      Buffer.from(memory, READ_BYTES, OUT_BYTES),
    );
    let carry = 0; // bytes of an unfinished line at the buffer's start
    let at = start;
    let skipping = false; // inside an over-long line, dropping bytes up to its newline
    while (at < end) {
      const read = readSync(fd, input, carry, Math.min(input.length - carry, end - at), at);
      if (read === 0) throw new Error(`${job.path} changed while it was being imported`);
      at += read;
      const filled = carry + read;
      let from = 0;
      if (skipping) {
        const nl = input.subarray(0, filled).indexOf(0x0a);
        if (nl < 0) continue;
        skipping = false;
        from = nl + 1;
      }
      // Whole lines only, unless this is the chunk's end.
      const cut = at >= end ? filled : input.subarray(0, filled).lastIndexOf(0x0a) + 1;
      if (cut <= from) {
        if (filled < MAX_SCANNED_LINE_BYTES) {
          // A line longer than the buffer: grow it and read on (no longer sharing `memory`).
          const bigger = Buffer.allocUnsafe(input.length * 2);
          input.copy(bigger, from, from, filled);
          input = bigger;
          carry = filled;
          continue;
        }
        counts.lines++;
        counts.rows++;
        counts.uncertain.push(counts.lines);
        uncertainRow(out, counts.lines);
        skipping = true;
        carry = 0;
        continue;
      }
      scanLines(
        input,
        from,
        cut,
        out,
        {
          receivedAtMs: job.receivedAtMs,
          firstLine: counts.lines + 1,
          fileStart: start === 0 && counts.lines === 0,
        },
        counts,
      );
      if (cut < filled) input.copy(input, 0, cut, filled);
      carry = filled - cut;
    }
    out.flush();
  } finally {
    closeSync(fd);
    closeSync(output);
  }
  return counts;
}

/** How many threads scan a file: `JOURNEYLENS_IMPORT_THREADS`, else one per core (at most 8). */
export function scanThreads(env: NodeJS.ProcessEnv = process.env): number {
  return threadsFromEnv(env, 'JOURNEYLENS_IMPORT_THREADS', 1, (cores) => Math.min(8, Math.max(1, cores)));
}

/**
 * Scans an NDJSON file into staged-rows files (ndjson-scan.ts), one per chunk, on this thread and
 * `threads − 1` worker threads side by side. Parts come back in file order with their line
 * offsets. This thread yields to the event loop between chunks, so progress is still shown.
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
  },
): Promise<ScannedPart[]> {
  const chunkBytes = opts.chunkBytes ?? CHUNK_BYTES;
  const bounds = cutAtNewlines(path, size, Math.max(1, Math.ceil(size / chunkBytes)));
  const chunks = bounds.length - 1;
  const job: ScanJob = {
    path,
    bounds,
    outPrefix,
    receivedAtMs: opts.receivedAtMs,
    next: new SharedArrayBuffer(4),
  };
  const results = new Array<ScanCounts | undefined>(chunks);
  let bytesDone = 0;
  const onChunk = (i: number, counts: ScanCounts) => {
    results[i] = counts;
    bytesDone += bounds[i + 1]! - bounds[i]!;
    opts.onProgress?.(bytesDone / Math.max(1, size));
  };
  // Workers only when there are chunks for them: each costs a start.
  const workers = Math.min((opts.threads ?? scanThreads()) - 1, chunks - 1);
  const running = Array.from({ length: Math.max(0, workers) }, () => runInWorker(job, onChunk));
  // This thread's errors are thrown only once the workers are done, so that none is left running.
  const own = scanChunks(job, onChunk, () => new Promise((resolve) => setImmediate(resolve)));
  const settled = await Promise.allSettled([own, ...running]);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  let lineOffset = 0;
  return results.map((counts, i) => {
    if (counts === undefined) throw new Error(`chunk ${i} of ${path} was not scanned`);
    const part = { ...counts, outPath: `${outPrefix}-${i}.txt`, lineOffset };
    lineOffset += counts.lines;
    return part;
  });
}

/** Byte offsets 0 = b0 < b1 < … = size cutting the file into about equal parts at line starts. */
function cutAtNewlines(path: string, size: number, parts: number): number[] {
  const bounds = [0];
  const fd = openSync(path, 'r');
  try {
    const window = Buffer.allocUnsafe(64 * 1024);
    for (let i = 1; i < parts; i++) {
      let at = Math.max(Math.floor((size * i) / parts), bounds[bounds.length - 1]!);
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

function runInWorker(job: ScanJob, onChunk: (index: number, counts: ScanCounts) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ndjson-scan-worker-entry.mjs', import.meta.url), {
      workerData: job,
    });
    let error: Error | undefined;
    worker.on('message', (m: { chunk?: number; counts?: ScanCounts; error?: string }) => {
      if (m.chunk !== undefined && m.counts !== undefined) onChunk(m.chunk, m.counts);
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
