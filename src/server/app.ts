import Fastify, { type FastifyInstance } from 'fastify';
import type { Ingestor } from '../ingest/ingestor.ts';
import type { Store } from '../store/store.ts';
import { installErrorHandling } from './errors.ts';
import { homeRoutes } from './routes/home-routes.ts';
import { ingestRoutes } from './routes/ingest-routes.ts';
import { queryRoutes } from './routes/query-routes.ts';
import { readRoutes } from './routes/read-routes.ts';

export interface AppDeps {
  store: Store;
  ingestor: Ingestor;
  logger?: boolean;
}

/** The HTTP app, without listening, so tests can drive it in-process with `app.inject`. */
export async function buildApp({ store, ingestor, logger = false }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: logger ? { level: 'info' } : false, bodyLimit: 1024 * 1024 });
  installErrorHandling(app);
  app.get('/healthz', async () => ({ status: 'ok', store: store.description }));
  ingestRoutes(app, store, ingestor);
  readRoutes(app, store);
  queryRoutes(app, store);
  homeRoutes(app, store);
  await app.ready();
  return app;
}
