import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';

/** The workspace's event names with counts and property keys, for the touchpoint binding picker. */
export function eventNameRoutes(app: FastifyInstance, { access, eventNames }: ApiContext): void {
  app.get('/api/v1/event-names', async (request) => {
    const who = await access.require(request, 'viewer');
    return { events: await eventNames.names(who.workspaceId) };
  });
}
