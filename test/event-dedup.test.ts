/**
 * A messageId is stored once per workspace, whichever way its events arrive: retried requests,
 * a server restarted between the original and the retry, or a file imported in bulk and then
 * replayed over the API. (The events table has no key; the writer deduplicates.)
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { importFile } from '../src/ingest/import/import-file.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import { openDuckDBStore } from '../src/store/duckdb/duckdb-store.ts';
import type { Store } from '../src/store/store.ts';
import { tempStore } from './helpers/temp-store.ts';

const ctx = { receivedAt: new Date('2026-11-01T12:00:00Z') };
const track = (messageId: string, userId = 'dedup-user') => ({
  type: 'track',
  event: 'Product Viewed',
  userId,
  messageId,
  timestamp: '2026-11-01T10:00:00Z',
});

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function openWorkspace(path: string): Promise<{ store: Store; ingestor: Ingestor; ws: string }> {
  const store = await openDuckDBStore(path);
  const { workspace } = await bootstrap(store, {});
  return { store, ingestor: await Ingestor.start(store), ws: workspace.id };
}

it('skips messageIds stored before a restart, and stores the new ones of the same batch', async () => {
  const temp = await tempStore();
  cleanup.push(temp.dispose);
  await temp.store.close();

  const first = await openWorkspace(temp.path);
  await first.ingestor.ingest(first.ws, [track('m-1'), track('m-2')], ctx);
  await first.ingestor.flush();
  await first.store.close();

  const second = await openWorkspace(temp.path);
  cleanup.push(() => second.store.close());
  await second.ingestor.ingest(second.ws, [track('m-2'), track('m-3'), track('m-1'), track('m-3')], ctx);
  await second.ingestor.flush();
  expect(await second.store.events.count(second.ws)).toBe(3);
  const person = await second.store.persons.byDistinctId(second.ws, 'dedup-user');
  expect(person?.eventCount).toBe(3);
});

it('skips over the API the messageIds a bulk import stored, and a re-import stores nothing twice', async () => {
  const temp = await tempStore();
  cleanup.push(temp.dispose);
  const { workspace } = await bootstrap(temp.store, {});
  const ingestor = await Ingestor.start(temp.store);
  // A live event first, so the writer has read the stored ids before the import adds to them.
  await ingestor.ingest(workspace.id, [track('live-1')], ctx);
  await ingestor.flush();

  const file = join(temp.dir, 'events.ndjson');
  await writeFile(
    file,
    `${[track('file-1'), track('file-2'), track('live-1')].map((e) => JSON.stringify(e)).join('\n')}\n`,
  );
  const importOnce = () =>
    importFile({ path: file, workspaceId: workspace.id, sink: ingestor, bulk: ingestor.ndjsonBulkLoader() });
  expect((await importOnce()).accepted).toBe(3);
  expect(await temp.store.events.count(workspace.id)).toBe(3); // live-1 was stored already

  await ingestor.ingest(workspace.id, [track('file-2'), track('live-2')], ctx);
  await ingestor.flush();
  expect(await temp.store.events.count(workspace.id)).toBe(4);

  await importOnce();
  expect(await temp.store.events.count(workspace.id)).toBe(4);
});

it('keeps messageIds of different workspaces apart', async () => {
  const temp = await tempStore();
  cleanup.push(temp.dispose);
  const { workspace } = await bootstrap(temp.store, {});
  const other = await temp.store.workspaces.create({ id: 'other', name: 'Other', slug: 'other' });
  const ingestor = await Ingestor.start(temp.store);
  await ingestor.ingest(workspace.id, [track('shared-id')], ctx);
  await ingestor.ingest(other.id, [track('shared-id')], ctx);
  await ingestor.flush();
  expect(await temp.store.events.count(workspace.id)).toBe(1);
  expect(await temp.store.events.count(other.id)).toBe(1);
});
