import { Worker } from 'node:worker_threads';
import { threadsFromEnv } from '../../thread-count.ts';
import { fromColumns } from './event-columns.ts';
import { type IngestEndpoint, type ParsedRequest, parseIngestRequest } from './ingest-request.ts';
import type { ParseJob, ParseReply } from './parse-protocol.ts';

export interface ParsePoolOptions {
  /** Worker threads; 0 parses every request on the calling thread. */
  workers: number;
  /** Bodies smaller than this are parsed in place: a round trip to a worker costs more. */
  inlineBelowBytes?: number;
  /** Whether to hand requests to workers now; always, unless the caller judges otherwise. */
  offload?: () => boolean;
  /** The worker's script; tests give one that fails on purpose. */
  workerUrl?: URL;
}

/**
 * Worker threads from `JOURNEYLENS_INGEST_WORKERS`, else one per core beyond the main thread's
 * (at most 4).
 */
export function defaultParseWorkers(env: NodeJS.ProcessEnv = process.env): number {
  return threadsFromEnv(env, 'JOURNEYLENS_INGEST_WORKERS', 0, (cores) => Math.min(4, Math.max(0, cores - 1)));
}

interface Pending {
  job: ParseJob;
  resolve: (r: ParsedRequest) => void;
  reject: (err: unknown) => void;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  /** Settles when the worker is ready or gone. */
  started: Promise<void>;
  pending: Map<number, Pending>;
}

/** Workers that fail before they are ready this many times in a row are given up on. */
const MAX_START_FAILURES = 3;

/**
 * Decodes and validates ingestion request bodies on worker threads. Workers start on first use;
 * until one is ready, and for small bodies, requests are parsed in place. A worker that dies
 * hands its requests back to be parsed in place, so no request is lost to a crash.
 */
export class ParsePool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 1;
  private startFailures = 0;
  private closed = false;
  private readonly inlineBelowBytes: number;
  private readonly counts = { inWorker: 0, inPlace: 0 };

  private readonly offload: () => boolean;

  constructor(private readonly opts: ParsePoolOptions) {
    this.inlineBelowBytes = opts.inlineBelowBytes ?? 8 * 1024;
    this.offload = opts.offload ?? (() => true);
  }

  parse(endpoint: IngestEndpoint, body: Uint8Array, receivedAt: Date): Promise<ParsedRequest> {
    const target = body.byteLength < this.inlineBelowBytes || !this.offload() ? undefined : this.pickWorker();
    if (!target) {
      this.counts.inPlace++;
      return Promise.resolve(parseIngestRequest(endpoint, body, receivedAt));
    }
    // A view into a larger buffer would be cloned whole; send exactly the body's bytes.
    const exact = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : body.slice();
    const job: ParseJob = { id: this.nextId++, endpoint, body: exact, receivedAt: receivedAt.getTime() };
    return new Promise((resolve, reject) => {
      target.pending.set(job.id, { job, resolve, reject });
      target.worker.postMessage(job);
    });
  }

  /** How many requests workers answered, and how many were parsed in place. */
  stats(): { inWorker: number; inPlace: number } {
    return { ...this.counts };
  }

  /** Starts the workers and resolves once they can take requests (or have failed to start). */
  async warmUp(): Promise<void> {
    this.pickWorker();
    await Promise.all(this.workers.map((w) => w.started));
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.worker.terminate()));
    for (const w of workers) this.parseOrphans(w);
  }

  /** The ready worker with the fewest requests in hand; starts workers up to the pool's size. */
  private pickWorker(): PoolWorker | undefined {
    if (this.closed || this.startFailures >= MAX_START_FAILURES) return undefined;
    while (this.workers.length < this.opts.workers) this.workers.push(this.spawn());
    let best: PoolWorker | undefined;
    for (const w of this.workers) if (w.ready && (!best || w.pending.size < best.pending.size)) best = w;
    return best;
  }

  private spawn(): PoolWorker {
    const worker = new Worker(this.opts.workerUrl ?? new URL('./parse-worker-entry.mjs', import.meta.url));
    // Workers must never keep a finished process alive; the server closes the pool on shutdown.
    worker.unref();
    let started = () => {};
    const entry: PoolWorker = {
      worker,
      ready: false,
      started: new Promise<void>((resolve) => {
        started = resolve;
      }),
      pending: new Map(),
    };
    worker.on('message', (reply: ParseReply | { ready: true }) => {
      if ('ready' in reply) {
        entry.ready = true;
        this.startFailures = 0;
        started();
        return;
      }
      const pending = entry.pending.get(reply.id);
      if (!pending) return;
      entry.pending.delete(reply.id);
      this.counts.inWorker++;
      settle(pending, () => fromReply(reply, pending.job));
    });
    let retired = false;
    // 'error' is followed by 'exit': count the worker's end once.
    const retire = () => {
      if (retired) return;
      retired = true;
      started();
      if (!entry.ready) this.startFailures++;
      const i = this.workers.indexOf(entry);
      if (i >= 0) this.workers.splice(i, 1);
      this.parseOrphans(entry);
    };
    worker.on('error', (err) => {
      process.emitWarning(`An ingestion parse worker failed; its requests are parsed in place: ${err}`);
      retire();
    });
    worker.on('exit', retire);
    return entry;
  }

  private parseOrphans(entry: PoolWorker): void {
    for (const pending of entry.pending.values()) {
      const { job } = pending;
      this.counts.inPlace++;
      settle(pending, () => parseIngestRequest(job.endpoint, job.body, new Date(job.receivedAt)));
    }
    entry.pending.clear();
  }
}

/** Answers a request; an error thrown while answering goes to its caller, not the event loop. */
function settle(pending: Pending, answer: () => ParsedRequest): void {
  try {
    pending.resolve(answer());
  } catch (err) {
    pending.reject(err);
  }
}

function fromReply(reply: ParseReply, job: ParseJob): ParsedRequest {
  if ('crashed' in reply) return parseIngestRequest(job.endpoint, job.body, new Date(job.receivedAt));
  if (!reply.ok) return reply;
  return { ok: true, events: fromColumns(reply.columns), rejected: reply.rejected };
}
