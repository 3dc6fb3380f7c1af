import { createGunzip, createInflate } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IngestBusyError, type Ingestor } from '../../ingest/ingestor.ts';
import type { IngestResult } from '../../ingest/types.ts';
import type { Store } from '../../store/store.ts';
import { authenticateWriteKey } from '../auth.ts';
import { HttpError } from '../errors.ts';

/** A batch may be 5 MB and one event 500 KB (Segment allows 500 KB and 32 KB; we leave headroom). */
export const BATCH_LIMIT_BYTES = 5 * 1024 * 1024;
export const EVENT_LIMIT_BYTES = 500 * 1024;

const SINGLE_TYPES = ['track', 'page', 'screen', 'identify', 'alias', 'group'] as const;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

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

/** Segment-compatible ingestion: `/v1/batch` and one route per message type. */
export function ingestRoutes(app: FastifyInstance, store: Store, ingestor: Ingestor): void {
  // SDKs may gzip bodies; decompress before parsing so the size limits apply to the real JSON.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const encoding = request.headers['content-encoding'];
    if (encoding !== 'gzip' && encoding !== 'deflate') return payload;
    const inflated = encoding === 'gzip' ? createGunzip() : createInflate();
    const counted = inflated as typeof inflated & { receivedEncodedLength: number };
    counted.receivedEncodedLength = 0;
    payload.on('data', (chunk: Buffer) => {
      counted.receivedEncodedLength += chunk.length;
    });
    payload.on('error', (err) => inflated.destroy(err));
    inflated.on('error', () => undefined);
    return payload.pipe(inflated);
  });

  const ingest = async (workspaceId: string, messages: unknown[], sentAt: unknown) => {
    const batchSentAt =
      typeof sentAt === 'string' && !Number.isNaN(Date.parse(sentAt)) ? new Date(sentAt) : undefined;
    try {
      return await ingestor.ingest(workspaceId, messages, { receivedAt: new Date(), batchSentAt });
    } catch (err) {
      if (err instanceof IngestBusyError)
        throw new HttpError(503, 'busy', err.message, { retryAfterSeconds: 1 });
      throw err;
    }
  };

  app.post(
    '/v1/batch',
    { bodyLimit: BATCH_LIMIT_BYTES },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const key = await authenticateWriteKey(store, request);
      const body = request.body;
      if (!isObject(body) || !Array.isArray(body.batch)) {
        throw new HttpError(
          400,
          'invalid_batch',
          'The body must be an object with a "batch" array of events.',
        );
      }
      if (body.batch.length === 0)
        throw new HttpError(400, 'invalid_batch', '"batch" is empty; send at least one event.');
      // Batch-level context applies to every event that does not set the same key itself.
      const shared = isObject(body.context) ? body.context : undefined;
      const messages = shared
        ? body.batch.map((m) =>
            isObject(m) ? { ...m, context: { ...shared, ...(isObject(m.context) ? m.context : {}) } } : m,
          )
        : body.batch;
      const result = await ingest(key.workspaceId, messages, body.sentAt);
      if (result.accepted === 0) {
        throw new HttpError(
          400,
          'invalid_events',
          `No event in the batch is valid: ${describe(result.rejected, (i) => `batch[${i}]`)}`,
          {
            rejected: result.rejected,
          },
        );
      }
      return reply.send({ success: true, accepted: result.accepted, rejected: result.rejected });
    },
  );

  for (const type of SINGLE_TYPES) {
    app.post(`/v1/${type}`, { bodyLimit: EVENT_LIMIT_BYTES, logLevel: 'warn' }, async (request, reply) => {
      const key = await authenticateWriteKey(store, request);
      const body = request.body;
      if (!isObject(body))
        throw new HttpError(400, 'invalid_event', 'The body must be a JSON object (one event).');
      if (body.type !== undefined && body.type !== type) {
        throw new HttpError(400, 'invalid_event', `type: is "${String(body.type)}" but this is /v1/${type}`);
      }
      const result = await ingest(key.workspaceId, [{ ...body, type }], body.sentAt);
      if (result.accepted === 0) {
        throw new HttpError(
          400,
          'invalid_event',
          describe(result.rejected, () => 'event'),
          { errors: result.rejected[0]?.errors },
        );
      }
      return reply.send({ success: true });
    });
  }
}
