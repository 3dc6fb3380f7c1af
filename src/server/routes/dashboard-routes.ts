import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { parseInput } from '../parse-input.ts';
import { DashboardPatchSchema, NewDashboardSchema, NewViewSchema } from '../services/dashboard-input.ts';
import {
  addView,
  createDashboard,
  deleteDashboard,
  existingDashboard,
  publicDashboard,
  updateDashboard,
} from '../services/dashboard-service.ts';

type IdParams = { Params: { id: string } };

/** Specs are at most 1 MB each at the query API; a dashboard holds a few dozen of them. */
const DASHBOARD_BODY_LIMIT = 4 * 1024 * 1024;

/** Dashboards of saved analytics views: viewers read them, editors create, change and delete them. */
export function dashboardRoutes(app: FastifyInstance, { store, access }: ApiContext): void {
  app.get('/api/v1/dashboards', async (request) => {
    const who = await access.require(request, 'viewer');
    const list = await store.dashboards.list(who.workspaceId);
    return {
      dashboards: list.map((d) => {
        const { views, ...rest } = publicDashboard(d);
        return { ...rest, viewCount: views.length };
      }),
    };
  });

  app.post('/api/v1/dashboards', { bodyLimit: DASHBOARD_BODY_LIMIT }, async (request, reply) => {
    const who = await access.require(request, 'editor');
    const input = parseInput(NewDashboardSchema, request.body);
    return reply.status(201).send({ dashboard: publicDashboard(await createDashboard(store, who, input)) });
  });

  app.get<IdParams>('/api/v1/dashboards/:id', async (request) => {
    const who = await access.require(request, 'viewer');
    return { dashboard: publicDashboard(await existingDashboard(store, who.workspaceId, request.params.id)) };
  });

  app.patch<IdParams>('/api/v1/dashboards/:id', { bodyLimit: DASHBOARD_BODY_LIMIT }, async (request) => {
    const who = await access.require(request, 'editor');
    const patch = parseInput(DashboardPatchSchema, request.body);
    return {
      dashboard: publicDashboard(await updateDashboard(store, who.workspaceId, request.params.id, patch)),
    };
  });

  app.delete<IdParams>('/api/v1/dashboards/:id', async (request, reply) => {
    const who = await access.require(request, 'editor');
    await deleteDashboard(store, who.workspaceId, request.params.id);
    return reply.status(204).send();
  });

  app.post<IdParams>('/api/v1/dashboards/:id/views', async (request, reply) => {
    const who = await access.require(request, 'editor');
    const view = parseInput(NewViewSchema, request.body);
    const added = await addView(store, who.workspaceId, request.params.id, view);
    return reply.status(201).send({ dashboard: publicDashboard(added.dashboard), view: added.view });
  });
}
