import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

/** Paths that belong to the APIs: an unknown one is a JSON 404, never the app's HTML. */
const API_PATH = /^\/(api|v1)(\/|$)|^\/healthz$/;
/** A file at the top of web/dist (favicon.ico, robots.txt): served if there, else 404. */
const TOP_LEVEL_FILE = /^\/([\w-]+(\.[\w-]+)*\.[a-z0-9]+)$/i;

/**
 * Serves the built web app (web/dist) at `/`: its files as they are, and `index.html` for any
 * other GET, so client-side routes (`/maps/demo-42-en`, `/share/<token>`) work on reload and as
 * links. Hashed files under assets/ never change, so browsers keep them for a year; index.html
 * is revalidated on every load, so a new build is picked up at once. Files are looked up on each
 * request, not listed at start-up, so `npm run build:web` takes effect without a restart.
 */
export async function webAppRoutes(app: FastifyInstance, root: string): Promise<void> {
  const assets = join(root, 'assets');
  await app.register(fastifyStatic, {
    root: assets,
    prefix: '/assets/',
    index: false,
    cacheControl: false,
    // Also applies to reply.sendFile below: only the hashed assets are immutable.
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.startsWith(assets + sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (API_PATH.test(path))
      throw new HttpError(404, 'not_found', `No route ${request.method} ${request.url}`);
    const file = TOP_LEVEL_FILE.exec(path)?.[1];
    if (file !== undefined && file !== 'index.html') {
      if (!existsSync(join(root, file))) {
        throw new HttpError(404, 'not_found', `No route ${request.method} ${request.url}`);
      }
      return reply.sendFile(file, root);
    }
    return reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .sendFile('index.html', root);
  });
}
