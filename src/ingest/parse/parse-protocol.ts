import type { IngestResult } from '../types.ts';
import type { EventColumns } from './event-columns.ts';
import type { IngestEndpoint, RequestProblem } from './ingest-request.ts';

/** A request body for a parse worker to decode and validate. */
export interface ParseJob {
  id: number;
  endpoint: IngestEndpoint;
  body: Uint8Array;
  /** Epoch milliseconds the server received the request. */
  receivedAt: number;
}

/** A parse worker's answer to one job. */
export type ParseReply =
  | { id: number; ok: true; columns: EventColumns; rejected: IngestResult['rejected'] }
  | { id: number; ok: false; problem: RequestProblem }
  | { id: number; crashed: string };
