import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempStore } from '../../../test/helpers/temp-store.ts';
import { Ingestor } from '../../ingest/ingestor.ts';
import { buildApp } from '../app.ts';

const INDEX = '<!doctype html><div id="root"></div>';

describe('serving the built web app', () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  const dist = mkdtempSync(join(tmpdir(), 'journeylens-web-dist-'));

  beforeAll(async () => {
    writeFileSync(join(dist, 'index.html'), INDEX);
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
    const temp = await tempStore();
    const ingestor = await Ingestor.start(temp.store);
    app = await buildApp({ store: temp.store, ingestor, webRoot: dist });
    dispose = async () => {
      await app.close();
      await ingestor.flush();
      await temp.dispose();
    };
  });
  afterAll(async () => {
    await dispose?.();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves the app at / and at every client route, revalidated on each load', async () => {
    for (const url of ['/', '/maps', '/maps/demo-42-en', '/share/tok_123', '/sign-in?next=%2Fmaps']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.body, url).toBe(INDEX);
    }
  });

  it('serves hashed assets with a year-long cache', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe('console.log(1)');
  });

  it('picks up a new build without a restart', async () => {
    writeFileSync(join(dist, 'assets', 'index-new456.js'), 'console.log(2)');
    expect((await get('/assets/index-new456.js')).body).toBe('console.log(2)');
  });

  it('serves other files at the top of the build, uncached', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('User-agent: *');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers unknown API paths and missing files with the JSON 404, not the app', async () => {
    for (const url of [
      '/api/v1/nothing-here',
      '/v1/nothing',
      '/assets/index-old.js',
      '/api',
      '/favicon.ico',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toEqual({
        error: { code: 'not_found', message: `No route GET ${url}` },
      });
    }
  });

  it('leaves the APIs and the health check where they were', async () => {
    expect((await get('/healthz')).json()).toMatchObject({ status: 'ok' });
    const me = await get('/api/v1/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.headers['content-type']).toContain('application/json');
    const post = await app.inject({ method: 'POST', url: '/maps' });
    expect(post.statusCode).toBe(404);
  });
});

describe('without a built web app', () => {
  it('keeps the status page at /', async () => {
    const temp = await tempStore();
    const ingestor = await Ingestor.start(temp.store);
    const app = await buildApp({ store: temp.store, ingestor });
    try {
      const res = await app.inject({ method: 'GET', url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1>Journeylens</h1>');
      expect((await app.inject({ method: 'GET', url: '/maps' })).statusCode).toBe(404);
    } finally {
      await app.close();
      await ingestor.flush();
      await temp.dispose();
    }
  });
});
