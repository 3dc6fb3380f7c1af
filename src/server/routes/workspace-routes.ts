import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';

/**
 * The caller's workspaces: for a token, its own; for a signed-in user, every workspace where
 * their e-mail address has an account (`current` marks the one signed in to; switching means
 * signing in to the other with its password and `workspace`).
 */
export function workspaceRoutes(app: FastifyInstance, { store, access }: ApiContext): void {
  app.get('/api/v1/workspaces', async (request) => {
    const who = await access.require(request, 'viewer');
    const ids = who.user
      ? [...new Set((await store.users.credentials(who.user.email)).map((a) => a.user.workspaceId))]
      : [who.workspaceId];
    const workspaces = [];
    for (const id of ids) {
      const ws = await store.workspaces.get(id);
      if (ws)
        workspaces.push({ id: ws.id, name: ws.name, slug: ws.slug, current: ws.id === who.workspaceId });
    }
    return { workspaces };
  });
}
