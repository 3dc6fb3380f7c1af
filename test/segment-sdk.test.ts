import { Analytics } from '@segment/analytics-node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type Running, startServer } from '../src/server/serve.ts';
import { tempStore } from './helpers/temp-store.ts';
import { ADMIN_TOKEN, WRITE_KEY } from './helpers/test-app.ts';

// The real Segment Node SDK, pointed at Journeylens by changing only its host.
let running: Running;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const temp = await tempStore();
  dispose = temp.dispose;
  const config = loadConfig(
    { port: 0, store: `duckdb:${temp.path}` },
    { JOURNEYLENS_WRITE_KEY: WRITE_KEY, JOURNEYLENS_ADMIN_TOKEN: ADMIN_TOKEN },
  );
  running = await startServer(config, { store: temp.store });
});
afterAll(async () => {
  await running.app.close();
  await running.ingestor.flush();
  await dispose();
});

const read = async (path: string) => {
  const res = await fetch(`${running.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

it('receives track, page, identify and alias from @segment/analytics-node and stitches one person', async () => {
  const analytics = new Analytics({ writeKey: WRITE_KEY, host: running.url, flushAt: 3, maxRetries: 1 });
  const failures: unknown[] = [];
  analytics.on('error', (err) => failures.push(err));

  // A visitor browses anonymously on the phone, signs up on the laptop, and was once known by
  // an old CRM id: all three ids must end up as one person.
  analytics.page({ anonymousId: 'phone-anon', name: 'Product', properties: { path: '/product/sku-1' } });
  analytics.track({
    anonymousId: 'phone-anon',
    event: 'Product Added to Wishlist',
    properties: { sku: 'sku-1' },
  });
  analytics.track({ anonymousId: 'laptop-anon', event: 'Product Viewed', properties: { sku: 'sku-1' } });
  analytics.identify({
    anonymousId: 'laptop-anon',
    userId: 'jan@example.com',
    traits: { name: 'Jan', locale: 'pl' },
  });
  analytics.identify({ anonymousId: 'phone-anon', userId: 'jan@example.com' });
  analytics.alias({ userId: 'jan@example.com', previousId: 'crm-1001' });
  analytics.track({
    userId: 'jan@example.com',
    event: 'Order Completed',
    properties: { revenue: 129.9, currency: 'PLN' },
  });
  await analytics.closeAndFlush({ timeout: 10_000 });
  expect(failures).toEqual([]);

  const person = await read('/api/v1/persons/crm-1001');
  expect(person.status).toBe(200);
  expect(person.body.ids).toEqual(['crm-1001', 'jan@example.com', 'laptop-anon', 'phone-anon']);
  expect(person.body.traits).toEqual({ name: 'Jan', locale: 'pl' });
  expect(person.body.eventCount).toBe(7);

  const { body } = await read('/api/v1/events?person=phone-anon&limit=50');
  const events = body.events as { event: string; channel: string }[];
  expect(events.map((e) => e.event).sort()).toEqual(
    [
      '$alias',
      '$identify',
      '$identify',
      '$page',
      'Order Completed',
      'Product Added to Wishlist',
      'Product Viewed',
    ].sort(),
  );
  expect(events.find((e) => e.event === '$page')?.channel).toBe('web');
});
