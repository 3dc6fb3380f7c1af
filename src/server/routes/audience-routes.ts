import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { HttpError } from '../errors.ts';
import { parseInput } from '../parse-input.ts';
import { AUDIENCE_CSV_HEADER, audienceCsvLines, csvCell } from '../services/audience-csv.ts';
import { MembersPageSchema, NewAudienceSchema } from '../services/audience-input.ts';
import {
  audiencePersons,
  createAudience,
  existingAudience,
  publicAudience,
} from '../services/audience-service.ts';

type IdParams = { Params: { id: string } };

/** Persons read per query while exporting: bounded IN lists, bounded memory. */
const EXPORT_PAGE = 1_000;

/** `attachment; filename="…"` for an audience export, ASCII-safe. */
function csvAttachment(name: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'audience';
  return `attachment; filename="${base}.csv"; filename*=UTF-8''${encodeURIComponent(`${name}.csv`)}`;
}

/**
 * Saved audiences (the persons of a drop-off), for triggers and exports: viewers read and
 * export them, editors create and delete them. `GET /api/v1/audiences/:id.csv` is the export.
 */
export function audienceRoutes(app: FastifyInstance, { store, access }: ApiContext): void {
  app.get('/api/v1/audiences', async (request) => {
    const who = await access.require(request, 'viewer');
    return { audiences: (await store.audiences.list(who.workspaceId)).map(publicAudience) };
  });

  app.post('/api/v1/audiences', async (request, reply) => {
    const who = await access.require(request, 'editor');
    const input = parseInput(NewAudienceSchema, request.body);
    return reply.status(201).send({ audience: publicAudience(await createAudience(store, who, input)) });
  });

  // One route for the audience and its export: the id never contains a dot (ids are letters,
  // digits, "_" and "-"), so a ".csv" suffix is unambiguous.
  app.get<IdParams>('/api/v1/audiences/:id', async (request, reply) => {
    const who = await access.require(request, 'viewer');
    const csv = request.params.id.endsWith('.csv');
    const id = csv ? request.params.id.slice(0, -4) : request.params.id;
    const audience = await existingAudience(store, who.workspaceId, id);
    if (!csv) return { audience: publicAudience(audience) };
    let body = `${AUDIENCE_CSV_HEADER.map(csvCell).join(',')}\r\n`;
    for (let offset = 0; offset < audience.memberCount; offset += EXPORT_PAGE) {
      body += audienceCsvLines(await audiencePersons(store, audience, { offset, limit: EXPORT_PAGE }));
    }
    return reply
      .header('content-disposition', csvAttachment(audience.name))
      .type('text/csv; charset=utf-8')
      .send(body);
  });

  app.get<IdParams>('/api/v1/audiences/:id/persons', async (request) => {
    const who = await access.require(request, 'viewer');
    const page = parseInput(MembersPageSchema, request.query, 'query');
    const audience = await existingAudience(store, who.workspaceId, request.params.id);
    return {
      persons: await audiencePersons(store, audience, page),
      total: audience.memberCount,
      offset: page.offset,
      limit: page.limit,
    };
  });

  app.delete<IdParams>('/api/v1/audiences/:id', async (request, reply) => {
    const who = await access.require(request, 'editor');
    if (!(await store.audiences.delete(who.workspaceId, request.params.id))) {
      throw new HttpError(404, 'not_found', `No audience has the id "${request.params.id}".`);
    }
    return reply.status(204).send();
  });
}
