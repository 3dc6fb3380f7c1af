import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Ingestor } from '../ingest/ingestor.ts';
import type { Store } from '../store/store.ts';
import { Access } from './access.ts';
import type { ApiContext } from './api-context.ts';
import { installErrorHandling } from './errors.ts';
import { LoginThrottle, type LoginThrottleOptions } from './login-throttle.ts';
import { homeRoutes } from './routes/home-routes.ts';
import { ingestRoutes } from './routes/ingest-routes.ts';
import { queryRoutes } from './routes/query-routes.ts';
import { readRoutes } from './routes/read-routes.ts';
import { webAppRoutes } from './routes/web-app-routes.ts';
import { EventNameService } from './services/event-name-service.ts';
import { webApi } from './web-api.ts';

export interface AppDeps {
  store: Store;
  ingestor: Ingestor;
  logger?: boolean;
  /** The built web app (web/dist) to serve at `/`; without it `/` is a status page. */
  webRoot?: string | null;
  /** The time sessions start and expire by; tests move it. */
  clock?: () => Date;
  loginThrottle?: Omit<LoginThrottleOptions, 'now'>;
  /** Threads that decode ingestion requests (JOURNEYLENS_INGEST_WORKERS, else by core count). */
  parseWorkers?: number;
  /** Start them with the server, not on the first busy moment (tests leave them lazy). */
  startParseWorkers?: boolean;
}

/** The HTTP app, without listening, so tests can drive it in-process with `app.inject`. */
export async function buildApp({
  store,
  ingestor,
  logger = false,
  clock = () => new Date(),
  loginThrottle,
  webRoot,
  parseWorkers,
  startParseWorkers,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: logger ? { level: 'info' } : false, bodyLimit: 1024 * 1024 });
  installErrorHandling(app);
  const ctx: ApiContext = {
    store,
    access: new Access(store, clock),
    clock,
    throttle: new LoginThrottle({ ...loginThrottle, now: () => clock().getTime() }),
    eventNames: new EventNameService(store, () => clock().getTime()),
  };
  app.get('/healthz', async () => ({ status: 'ok', store: store.description }));
  ingestRoutes(app, store, ingestor, { parseWorkers, startParseWorkers });
  // Everything else reads the session cookie; ingestion never does (write keys only), so its
  // routes stay outside the cookie plugin's scope and skip its hooks on every request.
  await app.register(async (scoped) => {
    await scoped.register(fastifyCookie);
    readRoutes(scoped, ctx.access);
    queryRoutes(scoped, ctx.access);
    await webApi(scoped, ctx);
    // The web app takes over `/` and every client route when built; otherwise a status page.
    if (webRoot) await webAppRoutes(scoped, webRoot);
    else homeRoutes(scoped, store);
  });
  await app.ready();
  return app;
}
