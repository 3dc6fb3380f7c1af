import { randomUUID } from 'node:crypto';
import type { Ingestor } from '../ingest/ingestor.ts';
import type { Store } from '../store/store.ts';
import { generateDemoEvents } from './generate.ts';
import { buildSampleMap } from './sample-map.ts';

export interface DemoLoadOptions {
  workspaceId: string;
  people: number;
  seed: number;
  /** End of the 90-day window; the demo uses the start of today (UTC) so a day's runs agree. */
  end: Date;
  onProgress?: (people: number, total: number) => void;
}

export interface DemoLoadResult {
  loaded: boolean;
  events: number;
  maps: string[];
  seconds: number;
}

const BATCH = 5_000;

export const demoMapId = (seed: number, locale: 'en' | 'pl') => `demo-${seed}-${locale}`;

/**
 * Loads the demo data set through the real ingestion pipeline (validation, channel inference,
 * identity stitching, group commit) and saves the sample journey maps (English and Polish) with a
 * first version each. Does nothing if this seed's sample map is already there.
 */
export async function loadDemo(
  store: Store,
  ingestor: Ingestor,
  opts: DemoLoadOptions,
): Promise<DemoLoadResult> {
  const started = performance.now();
  const mapIds = [demoMapId(opts.seed, 'en'), demoMapId(opts.seed, 'pl')];
  if (await store.maps.get(opts.workspaceId, mapIds[0]!)) {
    return { loaded: false, events: 0, maps: mapIds, seconds: 0 };
  }
  let batch: unknown[] = [];
  let people = 0;
  let lastPerson = '';
  let stored = 0;
  const inFlight: Promise<void>[] = [];
  const send = async () => {
    const messages = batch;
    batch = [];
    // Two batches in flight: the generator prepares the next while the last one is written.
    inFlight.push(
      ingestor.ingest(opts.workspaceId, messages, { receivedAt: new Date() }).then((r) => {
        stored += r.accepted;
      }),
    );
    if (inFlight.length >= 2) await inFlight.shift();
  };
  for (const msg of generateDemoEvents({ people: opts.people, seed: opts.seed, end: opts.end })) {
    batch.push(msg);
    const person = msg.userId ?? msg.anonymousId ?? '';
    if (person !== lastPerson) {
      people++;
      lastPerson = person;
    }
    if (batch.length >= BATCH) {
      await send();
      opts.onProgress?.(Math.min(people, opts.people), opts.people);
    }
  }
  if (batch.length > 0) await send();
  await Promise.all(inFlight);
  opts.onProgress?.(opts.people, opts.people);

  for (const locale of ['en', 'pl'] as const) {
    const map = buildSampleMap({
      workspaceId: opts.workspaceId,
      locale,
      mapId: demoMapId(opts.seed, locale),
      now: opts.end,
    });
    await store.maps.save({ id: map.id, workspaceId: map.workspaceId, name: map.name, doc: map });
    await store.maps.addVersion(opts.workspaceId, {
      id: randomUUID(),
      mapId: map.id,
      author: 'journeylens demo',
      message: locale === 'pl' ? 'Mapa przykładowa' : 'Sample map',
      doc: map,
    });
  }
  // The demo's support tickets and reviews are feedback texts too: voice-of-customer queries read
  // them beside survey comments. A workspace that already names its own sources keeps them.
  const settings = await store.workspaces.settings(opts.workspaceId);
  if (settings.feedback.texts.length === 0) {
    await store.workspaces.saveSettings(opts.workspaceId, {
      ...settings,
      feedback: {
        texts: [
          { event: 'Support Ticket Created', property: 'text' },
          { event: 'Review Submitted', property: 'text' },
        ],
      },
    });
  }
  // Count what ingestion accepted, so a generator/validation mismatch cannot hide behind the total.
  return { loaded: true, events: stored, maps: mapIds, seconds: (performance.now() - started) / 1000 };
}
