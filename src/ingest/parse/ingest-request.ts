import secureJson from 'secure-json-parse';
import { normalizeMessage, normalizeMessages } from '../normalize.ts';
import type { MessageType } from '../segment-message.ts';
import type { EnrichedEvent, IngestResult } from '../types.ts';

/** The Segment endpoint a request came to: `/v1/batch` or one of the single-message routes. */
export type IngestEndpoint = 'batch' | MessageType;

/** What is wrong with a request as a whole, as the HTTP layer reports it (always a 400 here). */
export interface RequestProblem {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

export type DecodedBody = { ok: true; body: Obj } | { ok: false; problem: RequestProblem };

/** The valid events of a request, and the invalid ones by index; or why the request failed. */
export type ParsedRequest =
  | { ok: true; events: EnrichedEvent[]; rejected: IngestResult['rejected'] }
  | { ok: false; problem: RequestProblem };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const problem = (
  code: string,
  message: string,
  details?: unknown,
): { ok: false; problem: RequestProblem } => ({
  ok: false,
  problem: details === undefined ? { status: 400, code, message } : { status: 400, code, message, details },
});

/**
 * The JSON body of an ingestion request. `__proto__` and `constructor.prototype` keys are refused,
 * as Fastify's own parser does, so no later object spread can be turned against us.
 */
export function decodeIngestBody(endpoint: IngestEndpoint, raw: string | Uint8Array): DecodedBody {
  const text =
    typeof raw === 'string' ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString();
  if (text.trim() === '') return problem('invalid_json', 'The request body is empty; send a JSON object.');
  let body: unknown;
  try {
    body = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (err) {
    return problem('invalid_json', `The request body is not valid JSON: ${(err as Error).message}`);
  }
  if (isObject(body)) return { ok: true, body };
  return endpoint === 'batch'
    ? problem('invalid_batch', 'The body must be an object with a "batch" array of events.')
    : problem('invalid_event', 'The body must be a JSON object (one event).');
}

/**
 * Validates and enriches the events of a decoded body. A batch with some invalid events keeps
 * the valid ones and reports the others by index; one with none valid is refused as a whole.
 */
export function requestEvents(endpoint: IngestEndpoint, body: Obj, receivedAt: Date): ParsedRequest {
  const batchSentAt =
    typeof body.sentAt === 'string' && !Number.isNaN(Date.parse(body.sentAt))
      ? new Date(body.sentAt)
      : undefined;
  const ctx = { receivedAt, batchSentAt };
  if (endpoint !== 'batch') {
    if (body.type !== undefined && body.type !== endpoint) {
      return problem('invalid_event', `type: is "${String(body.type)}" but this is /v1/${endpoint}`);
    }
    const result = normalizeMessage({ ...body, type: endpoint }, ctx);
    if (result.ok) return { ok: true, events: [result.event], rejected: [] };
    const rejected = [{ index: 0, errors: result.errors }];
    return problem(
      'invalid_event',
      describe(rejected, () => 'event'),
      { errors: result.errors },
    );
  }
  if (!Array.isArray(body.batch)) {
    return problem('invalid_batch', 'The body must be an object with a "batch" array of events.');
  }
  if (body.batch.length === 0) return problem('invalid_batch', '"batch" is empty; send at least one event.');
  // Batch-level context applies to every event that does not set the same key itself.
  const shared = isObject(body.context) ? body.context : undefined;
  const { events, rejected } = normalizeMessages(body.batch, ctx, (m) =>
    shared && isObject(m) ? { ...m, context: { ...shared, ...(isObject(m.context) ? m.context : {}) } } : m,
  );
  if (events.length === 0) {
    return problem(
      'invalid_events',
      `No event in the batch is valid: ${describe(rejected, (i) => `batch[${i}]`)}`,
      { rejected },
    );
  }
  return { ok: true, events, rejected };
}

/** Decodes and validates a request body in one step: what a parse worker does per request. */
export function parseIngestRequest(
  endpoint: IngestEndpoint,
  raw: string | Uint8Array,
  receivedAt: Date,
): ParsedRequest {
  const decoded = decodeIngestBody(endpoint, raw);
  return decoded.ok ? requestEvents(endpoint, decoded.body, receivedAt) : decoded;
}

/** `batch[3].timestamp: is not an ISO 8601 date-time; …` — the first few problems, in words. */
function describe(rejected: IngestResult['rejected'], prefix: (i: number) => string): string {
  const parts = rejected
    .slice(0, 3)
    .flatMap((r) =>
      r.errors
        .slice(0, 2)
        .map((e) => `${prefix(r.index)}${e.path === '(event)' ? '' : `.${e.path}`} ${e.message}`),
    );
  return parts.join('; ') + (rejected.length > 3 ? `; and ${rejected.length - 3} more` : '');
}
