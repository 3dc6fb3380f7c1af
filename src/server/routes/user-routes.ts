import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';
import { NewUserSchema, UserPatchSchema } from '../services/user-input.ts';
import { createUser, deleteUser, publicUser, updateUser } from '../services/user-service.ts';

/** Users of the caller's workspace: admins only. */
export function userRoutes(app: FastifyInstance, { store, access }: ApiContext): void {
  app.get('/api/v1/users', async (request) => {
    const who = await access.require(request, 'admin');
    return { users: (await store.users.list(who.workspaceId)).map(publicUser) };
  });

  app.post('/api/v1/users', async (request, reply) => {
    const who = await access.require(request, 'admin');
    const user = await createUser(store, who.workspaceId, parseInput(NewUserSchema, request.body));
    return reply.status(201).send({ user: publicUser(user) });
  });

  app.patch<{ Params: { id: string } }>('/api/v1/users/:id', async (request) => {
    const who = await access.require(request, 'admin');
    const patch = parseInput(UserPatchSchema, request.body);
    return { user: publicUser(await updateUser(store, who, request.params.id, patch)) };
  });

  app.delete<{ Params: { id: string } }>('/api/v1/users/:id', async (request, reply) => {
    const who = await access.require(request, 'admin');
    await deleteUser(store, who, request.params.id);
    return reply.status(204).send();
  });
}
