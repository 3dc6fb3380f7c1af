import type { FastifyInstance } from 'fastify';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { type AppDeps, buildApp } from '../../src/server/app.ts';
import { bootstrap } from '../../src/server/bootstrap.ts';
import type { Store } from '../../src/store/store.ts';
import { tempStore } from './temp-store.ts';

export const WRITE_KEY = 'test-write-key-0001';
export const ADMIN_TOKEN = 'test-admin-token-000000001';
export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'test-admin-password-1';

/**
 * The real app on a real temp DuckDB store, driven in-process with `app.inject`. The default
 * workspace has the keys above and an admin user ADMIN_EMAIL / ADMIN_PASSWORD.
 */
export async function testApp(options: Pick<AppDeps, 'clock' | 'loginThrottle'> = {}): Promise<{
  app: FastifyInstance;
  store: Store;
  ingestor: Ingestor;
  basic: string;
  bearer: string;
  dispose(): Promise<void>;
}> {
  const temp = await tempStore();
  await bootstrap(temp.store, {
    writeKey: WRITE_KEY,
    adminToken: ADMIN_TOKEN,
    adminEmail: ADMIN_EMAIL,
    adminPassword: ADMIN_PASSWORD,
  });
  const ingestor = await Ingestor.start(temp.store);
  const app = await buildApp({ store: temp.store, ingestor, ...options });
  return {
    app,
    store: temp.store,
    ingestor,
    basic: `Basic ${Buffer.from(`${WRITE_KEY}:`).toString('base64')}`,
    bearer: `Bearer ${ADMIN_TOKEN}`,
    dispose: async () => {
      await app.close();
      await ingestor.flush();
      await temp.dispose();
    },
  };
}
