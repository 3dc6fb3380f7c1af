import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';
import { AddLaneItemSchema, AddPersonaSchema, addLaneItem, addPersona } from '../services/map-additions.ts';

type IdParams = { Params: { id: string } };

/**
 * Adding one finding to a map without sending the whole document: a lane card (a moment of
 * truth from `momentsOfTruth`) or a persona (from `personaSuggestions`). Editors only.
 */
export function mapAdditionRoutes(app: FastifyInstance, { store, access, clock }: ApiContext): void {
  app.post<IdParams>('/api/v1/maps/:id/lane-items', async (request, reply) => {
    const who = await access.require(request, 'editor');
    const input = parseInput(AddLaneItemSchema, request.body);
    const map = await addLaneItem(store, who, request.params.id, input, clock());
    return reply.status(201).send({ id: map.id, revision: map.revision, item: input.item });
  });

  app.post<IdParams>('/api/v1/maps/:id/personas', async (request, reply) => {
    const who = await access.require(request, 'editor');
    const input = parseInput(AddPersonaSchema, request.body);
    const added = await addPersona(store, who, request.params.id, input, clock());
    return reply
      .status(201)
      .send({ id: added.map.id, revision: added.map.revision, personaId: added.personaId });
  });
}
