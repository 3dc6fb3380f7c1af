/**
 * A parse worker: decodes, validates and enriches ingestion requests off the server's main
 * thread, which then only stitches and writes. Started by ParsePool through
 * parse-worker-entry.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { toColumns } from './event-columns.ts';
import { parseIngestRequest } from './ingest-request.ts';
import type { ParseJob, ParseReply } from './parse-protocol.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread');

port.on('message', (job: ParseJob) => {
  let reply: ParseReply;
  try {
    const parsed = parseIngestRequest(job.endpoint, job.body, new Date(job.receivedAt));
    reply = parsed.ok
      ? { id: job.id, ok: true, columns: toColumns(parsed.events), rejected: parsed.rejected }
      : { id: job.id, ok: false, problem: parsed.problem };
  } catch (err) {
    // A bug, not bad input: the pool parses this request on the main thread instead.
    reply = { id: job.id, crashed: String((err as Error)?.stack ?? err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
