import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Access } from '../access.ts';
import { HttpError } from '../errors.ts';

const EventsQuery = z.strictObject({
  person: z.string().min(1, 'is required'),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
});

/** Read API: persons and their stitched events, for viewers (a bearer token or a session). */
export function readRoutes(app: FastifyInstance, access: Access): void {
  const store = access.store;
  app.get('/api/v1/persons/:id', async (request) => {
    const who = await access.require(request, 'viewer');
    const { id } = request.params as { id: string };
    const person = await store.persons.byDistinctId(who.workspaceId, id);
    if (!person) throw new HttpError(404, 'not_found', `No person has the id "${id}".`);
    return person;
  });

  app.get('/api/v1/events', async (request) => {
    const who = await access.require(request, 'viewer');
    const parsed = EventsQuery.safeParse(request.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new HttpError(400, 'invalid_query', `${issue.path.join('.') || 'query'}: ${issue.message}`);
    }
    const person = await store.persons.byDistinctId(who.workspaceId, parsed.data.person);
    if (!person) return { events: [] };
    return { events: await store.events.forPerson(who.workspaceId, person.id, parsed.data.limit) };
  });
}
