import { parentPort, workerData } from 'node:worker_threads';
import { type ScanJob, scanChunks, transferables } from './ndjson-scan-chunks.ts';

/** A worker thread of a file import's scan (scanNdjsonFile): takes chunks until none is left. */
const job = workerData as ScanJob;
scanChunks(job, (index, chunk) => parentPort!.postMessage({ index, chunk }, transferables(chunk))).catch(
  (err: unknown) => {
    parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) });
  },
);
