import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';
import { existingMap } from '../services/map-service.ts';
import {
  existingVersion,
  RestoreVersionSchema,
  restoreVersion,
  SaveVersionSchema,
  saveVersion,
  VersionNumberSchema,
  versionSummary,
} from '../services/map-version-service.ts';

type VersionParams = { Params: { id: string; number: string } };

/** Named versions of a map: viewers list and view them, editors save and restore. */
export function mapVersionRoutes(app: FastifyInstance, { store, access, clock }: ApiContext): void {
  app.post<{ Params: { id: string } }>('/api/v1/maps/:id/versions', async (request, reply) => {
    const who = await access.require(request, 'editor');
    const { message } = parseInput(SaveVersionSchema, request.body ?? {});
    const version = await saveVersion(store, who, request.params.id, message);
    return reply.status(201).send(versionSummary(version));
  });

  app.get<{ Params: { id: string } }>('/api/v1/maps/:id/versions', async (request) => {
    const who = await access.require(request, 'viewer');
    await existingMap(store, who.workspaceId, request.params.id);
    const versions = await store.maps.listVersions(who.workspaceId, request.params.id);
    return { versions: versions.map(versionSummary) };
  });

  app.get<VersionParams>('/api/v1/maps/:id/versions/:number', async (request) => {
    const who = await access.require(request, 'viewer');
    const number = parseInput(VersionNumberSchema, request.params.number, 'number');
    const version = await existingVersion(store, who.workspaceId, request.params.id, number);
    return { ...versionSummary(version), doc: version.doc };
  });

  app.post<VersionParams>('/api/v1/maps/:id/versions/:number/restore', async (request) => {
    const who = await access.require(request, 'editor');
    const number = parseInput(VersionNumberSchema, request.params.number, 'number');
    const { revision } = parseInput(RestoreVersionSchema, request.body);
    const map = await restoreVersion(store, who, request.params.id, number, revision, clock());
    return { id: map.id, revision: map.revision, updatedAt: map.updatedAt.toISOString() };
  });
}
