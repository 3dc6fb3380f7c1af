import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';
import { existingMap } from '../services/map-service.ts';
import {
  CreateShareSchema,
  createShare,
  readShared,
  revokeShare,
  shareSummary,
} from '../services/share-service.ts';

/** Read-only share links: editors make, list and revoke them; anyone with a token reads. */
export function shareRoutes(app: FastifyInstance, { store, access }: ApiContext): void {
  app.post<{ Params: { id: string } }>('/api/v1/maps/:id/shares', async (request, reply) => {
    const who = await access.require(request, 'editor');
    const { live } = parseInput(CreateShareSchema, request.body);
    const { token, share } = await createShare(store, who, request.params.id, live);
    return reply.status(201).send({ token, url: `/share/${token}`, ...shareSummary(share) });
  });

  app.get<{ Params: { id: string } }>('/api/v1/maps/:id/shares', async (request) => {
    const who = await access.require(request, 'editor');
    await existingMap(store, who.workspaceId, request.params.id);
    return { shares: (await store.shares.list(who.workspaceId, request.params.id)).map(shareSummary) };
  });

  app.delete<{ Params: { id: string; tokenPrefix: string } }>(
    '/api/v1/maps/:id/shares/:tokenPrefix',
    async (request, reply) => {
      const who = await access.require(request, 'editor');
      await revokeShare(store, who, request.params.id, request.params.tokenPrefix);
      return reply.status(204).send();
    },
  );

  // Public: the token is the permission. Not cached anywhere, the page's address (which holds
  // the token) is not sent on to other sites, and the request line is not logged at info level.
  app.get<{ Params: { token: string } }>(
    '/api/v1/shared/:token',
    { logLevel: 'warn' },
    async (request, reply) => {
      const shared = await readShared(store, request.params.token);
      reply.header('referrer-policy', 'no-referrer');
      return shared;
    },
  );
}
