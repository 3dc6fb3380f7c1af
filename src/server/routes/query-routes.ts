import type { FastifyInstance } from 'fastify';
import { runQuery } from '../../analytics/run-query.ts';
import type { Access } from '../access.ts';
import { HttpError } from '../errors.ts';

/** Largest spec body: specs are small; a megabyte leaves room for long filter value lists. */
const MAX_SPEC_BYTES = 1024 * 1024;

/**
 * `POST /api/v1/query`: the body is a query spec (funnel, paths, retention, journey, kpi); the
 * answer is its result, for viewers (a bearer token or a session). A spec that does not validate is a 400 naming each field and problem.
 */
export function queryRoutes(app: FastifyInstance, access: Access): void {
  const store = access.store;
  app.post('/api/v1/query', { bodyLimit: MAX_SPEC_BYTES }, async (request) => {
    const who = await access.require(request, 'viewer');
    const outcome = await runQuery(store, who.workspaceId, request.body);
    if (!outcome.ok) {
      const first = outcome.errors[0];
      throw new HttpError(
        400,
        'invalid_spec',
        first ? `Invalid query spec: ${first.path}: ${first.message}` : 'Invalid query spec',
        outcome.errors,
      );
    }
    return outcome.result;
  });
}
