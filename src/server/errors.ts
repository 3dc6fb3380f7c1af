import type { FastifyError, FastifyInstance } from 'fastify';

/** The one error type routes throw; the handler turns it into `{ error: { code, message, details } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** What the client sent that Fastify itself refused, in words a user can act on. */
function fromFastify(err: FastifyError, limitBytes: number | undefined): HttpError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(
        413,
        'payload_too_large',
        `Request body is larger than ${formatBytes(limitBytes)}, the limit for this endpoint; send fewer events per request.`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(
        415,
        'unsupported_media_type',
        'Send the body as JSON with Content-Type: application/json.',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(400, 'invalid_request', 'Content-Length does not match the body.');
    default:
      if (err instanceof SyntaxError || err.statusCode === 400) {
        return new HttpError(400, 'invalid_json', `The request body is not valid JSON: ${err.message}`);
      }
      return null;
  }
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'the limit';
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
}

/** Installs the single error handler and the 404 handler: every error has the same shape. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const http =
      err instanceof HttpError
        ? err
        : fromFastify(err, request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit);
    if (http) {
      // SDKs back off and retry on 503; tell them when.
      if (http.status === 503) reply.header('retry-after', '1');
      // Rate limits say when to come back.
      const retry = (http.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (http.status === 429 && typeof retry === 'number') reply.header('retry-after', String(retry));
      return reply
        .status(http.status)
        .send({ error: { code: http.code, message: http.message, details: http.details } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: 'Something went wrong on our side; it is logged.' } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url}` } }),
  );
}
