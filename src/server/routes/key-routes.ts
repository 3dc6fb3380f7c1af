import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';
import { issueKey, NewKeySchema, publicKey, revokeKey } from '../services/key-service.ts';

/** Write keys and read tokens of the caller's workspace: admins only. Secrets are shown once. */
export function keyRoutes(app: FastifyInstance, { store, access }: ApiContext): void {
  app.get('/api/v1/keys', async (request) => {
    const who = await access.require(request, 'admin');
    return { keys: (await store.keys.list(who.workspaceId)).map(publicKey) };
  });

  app.post('/api/v1/keys', async (request, reply) => {
    const who = await access.require(request, 'admin');
    const { kind, name } = parseInput(NewKeySchema, request.body);
    const { key, secret } = await issueKey(store, who.workspaceId, kind, name);
    return reply.status(201).send({ key: publicKey(key), secret });
  });

  app.delete<{ Params: { id: string } }>('/api/v1/keys/:id', async (request, reply) => {
    const who = await access.require(request, 'admin');
    await revokeKey(store, who.workspaceId, request.params.id);
    return reply.status(204).send();
  });
}
