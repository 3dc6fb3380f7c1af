import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { MessageIdHashes } from './message-id-repeats.ts';
import {
  FAST_PATH_MAX_LINE_BYTES,
  type ScanCounts,
  StagedRowsOutput,
  scanLines,
  uncertainRow,
} from './ndjson-scan.ts';
import { type ChunkIdentity, ChunkIdentityCollector } from './scan-identity.ts';

/**
 * A file import's scan, shared by the threads that do it: the file is cut at line starts into
 * chunks, and each thread takes the next chunk not yet taken (`next`, an Atomics counter) until
 * none is left. A thread that starts late (a worker loads its code first) simply takes fewer.
 */
export interface ScanJob {
  path: string;
  /** Chunk i is bytes [bounds[i], bounds[i + 1]). */
  bounds: number[];
  /** Chunk i's staged rows go to chunkPath(outPrefix, i). */
  outPrefix: string;
  receivedAtMs: number;
  next: SharedArrayBuffer;
}

/** The staged-rows file of chunk `index`. */
export const chunkPath = (outPrefix: string, index: number) => `${outPrefix}-${index}.txt`;

const READ_BYTES = 8 << 20;
const OUT_BYTES = 8 << 20;
/** A line longer than this is not read whole: it is left to JavaScript, which rejects it unread. */
const MAX_SCANNED_LINE_BYTES = Math.max(16 << 20, 2 * FAST_PATH_MAX_LINE_BYTES);

/** Per thread: one block of memory for input and output, so that members copy with copyWithin. */
let memory: ArrayBuffer | undefined;
let collector: ChunkIdentityCollector | undefined;
let messageIds: MessageIdHashes | undefined;

/** What scanning a chunk gives besides its staged-rows file. */
export interface ScannedChunk extends ScanCounts {
  identity: ChunkIdentity;
  /** Two hashes of each staged row's messageId (MessageIdHashes). */
  messageIds: Int32Array;
}

/** The buffers of a chunk's identity, to hand them to another thread without copying. */
export function transferables(chunk: ScannedChunk): ArrayBuffer[] {
  const { idBytes, idEnds, idHashes, rows, ms, traitsBytes, traitsEnds } = chunk.identity;
  return [idBytes, idEnds, idHashes, rows, ms, traitsBytes, traitsEnds, chunk.messageIds].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Takes and scans chunks until none is left; `onChunk` hears each one's counts. */
export async function scanChunks(
  job: ScanJob,
  onChunk: (index: number, chunk: ScannedChunk) => void,
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
export function scanRange(job: ScanJob, index: number): ScannedChunk {
  const start = job.bounds[index]!;
  const end = job.bounds[index + 1]!;
  const counts: ScanCounts = { lines: 0, rows: 0, uncertain: [] };
  memory ??= new ArrayBuffer(READ_BYTES + OUT_BYTES);
  collector ??= new ChunkIdentityCollector();
  messageIds ??= new MessageIdHashes();
  let input = Buffer.from(memory, 0, READ_BYTES);
  const fd = openSync(job.path, 'r');
  const output = openSync(chunkPath(job.outPrefix, index), 'w');
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
          identity: collector,
          messageIds,
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
  return { ...counts, identity: collector.take(), messageIds: messageIds.take() };
}
