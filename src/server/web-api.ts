import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './api-context.ts';
import { audienceRoutes } from './routes/audience-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { dashboardRoutes } from './routes/dashboard-routes.ts';
import { eventNameRoutes } from './routes/event-name-routes.ts';
import { keyRoutes } from './routes/key-routes.ts';
import { mapAdditionRoutes } from './routes/map-addition-routes.ts';
import { mapRoutes } from './routes/map-routes.ts';
import { mapVersionRoutes } from './routes/map-version-routes.ts';
import { shareRoutes } from './routes/share-routes.ts';
import { userRoutes } from './routes/user-routes.ts';
import { workspaceRoutes } from './routes/workspace-routes.ts';

/**
 * The API the web app calls (sign-in, users, maps, versions, share links, keys, workspaces,
 * event names, dashboards), in a scope of its own:
 * - an empty body with `Content-Type: application/json` counts as no body (browsers' fetch
 *   wrappers send the header on a bodiless POST such as logout or restore), where the ingest
 *   API keeps refusing it;
 * - only JSON bodies are read: a cross-site HTML form (which can send only urlencoded,
 *   multipart or text/plain bodies without a CORS preflight) gets 415, never an action, on top
 *   of the session cookie being SameSite=Lax;
 * - answers are never cached: they depend on who asks.
 */
export async function webApi(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  await app.register(async (api) => {
    const json = api.getDefaultJsonParser('error', 'error');
    api.removeContentTypeParser(['application/json', 'text/plain']);
    api.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      json(request, text, done);
    });
    api.addHook('onSend', async (_request, reply, payload) => {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      return payload;
    });
    authRoutes(api, ctx);
    userRoutes(api, ctx);
    mapRoutes(api, ctx);
    mapVersionRoutes(api, ctx);
    shareRoutes(api, ctx);
    keyRoutes(api, ctx);
    workspaceRoutes(api, ctx);
    eventNameRoutes(api, ctx);
    dashboardRoutes(api, ctx);
    audienceRoutes(api, ctx);
    mapAdditionRoutes(api, ctx);
  });
}
