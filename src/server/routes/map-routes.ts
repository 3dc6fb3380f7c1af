import type { FastifyInstance } from 'fastify';
import { exportMapJson } from '../../model/export-map-json.ts';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';
import { MAX_MAP_BYTES } from '../services/map-doc.ts';
import {
  createMap,
  deleteMap,
  docOf,
  existingMap,
  listMaps,
  parseCreateMap,
  UpdateMapSchema,
  updateMap,
} from '../services/map-service.ts';

/**
 * Bodies carrying a map may be larger than the map limit, so that a map over 2 MB gets a 400
 * saying so (checkMapDoc) rather than the transport's 413; beyond this, 413.
 */
const MAP_BODY_LIMIT = 4 * MAX_MAP_BYTES;

type IdParams = { Params: { id: string } };

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
function attachment(name: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '') // accents off: ś → s
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'journey-map';
  return `attachment; filename="${base}.json"; filename*=UTF-8''${encodeURIComponent(`${name}.json`)}`;
}

/** Journey maps: viewers read, editors create, change and delete. */
export function mapRoutes(app: FastifyInstance, { store, access, clock }: ApiContext): void {
  app.get('/api/v1/maps', async (request) => {
    const who = await access.require(request, 'viewer');
    return { maps: await listMaps(store, who.workspaceId) };
  });

  app.post('/api/v1/maps', { bodyLimit: MAP_BODY_LIMIT }, async (request, reply) => {
    const who = await access.require(request, 'editor');
    const map = await createMap(store, who, parseCreateMap(request.body), clock());
    return reply.status(201).send({ id: map.id, revision: map.revision, doc: docOf(map) });
  });

  app.get<IdParams>('/api/v1/maps/:id', async (request) => {
    const who = await access.require(request, 'viewer');
    const map = await existingMap(store, who.workspaceId, request.params.id);
    return { id: map.id, revision: map.revision, doc: docOf(map), updatedAt: map.updatedAt.toISOString() };
  });

  app.put<IdParams>('/api/v1/maps/:id', { bodyLimit: MAP_BODY_LIMIT }, async (request) => {
    const who = await access.require(request, 'editor');
    const input = parseInput(UpdateMapSchema, request.body);
    const map = await updateMap(store, who, request.params.id, input, clock());
    return { id: map.id, revision: map.revision, updatedAt: map.updatedAt.toISOString() };
  });

  app.delete<IdParams>('/api/v1/maps/:id', async (request, reply) => {
    const who = await access.require(request, 'editor');
    await deleteMap(store, who, request.params.id);
    return reply.status(204).send();
  });

  app.get<IdParams>('/api/v1/maps/:id/export.json', async (request, reply) => {
    const who = await access.require(request, 'viewer');
    const map = await existingMap(store, who.workspaceId, request.params.id);
    return reply
      .header('content-disposition', attachment(map.name))
      .type('application/json; charset=utf-8')
      .send(exportMapJson(docOf(map)));
  });
}
