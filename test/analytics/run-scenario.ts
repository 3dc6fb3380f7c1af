import { Ingestor } from '../../src/ingest/ingestor.ts';
import type { Store } from '../../src/store/store.ts';
import { BASE_MS, type ScenarioEvent } from './scenario-events.ts';

/**
 * Puts a scenario's events into `workspaceId` through the real ingestion pipeline, one request
 * per event in the listed order, so identity links and merges happen as they would live.
 */
export async function ingestScenario(
  store: Store,
  ingestor: Ingestor,
  workspaceId: string,
  events: ScenarioEvent[],
  maps: { id: string; doc: unknown }[] = [],
): Promise<void> {
  for (const m of maps) {
    const saved = await store.maps.save({ id: m.id, workspaceId, name: m.id, doc: m.doc });
    if (saved.conflict) throw new Error(`map ${m.id} already stored`);
  }
  for (const [i, e] of events.entries()) {
    const message = {
      ...e.message,
      messageId: `${workspaceId}-${i}`,
      timestamp: new Date(BASE_MS + e.at * 1000).toISOString(),
    };
    const result = await ingestor.ingest(workspaceId, [message], { receivedAt: new Date() });
    if (result.rejected.length > 0)
      throw new Error(`event ${i} rejected: ${JSON.stringify(result.rejected)}`);
  }
}

/** A fresh ingestor over the store. */
export const startIngestor = (store: Store) => Ingestor.start(store);

/** The stitched person id of a scenario user (`alice`, or `anon:<id>`). */
export async function personOf(store: Store, workspaceId: string, who: string): Promise<string> {
  const id = who.startsWith('anon:') ? who.slice(5) : who;
  const person = await store.persons.byDistinctId(workspaceId, id);
  if (!person) throw new Error(`no person for ${who}`);
  return person.id;
}
