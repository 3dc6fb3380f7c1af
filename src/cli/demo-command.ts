import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { Ingestor } from '../ingest/ingestor.ts';
import { bootstrap } from '../server/bootstrap.ts';
import { printKeys, startServer, stopOnSignals } from '../server/serve.ts';
import { openStore } from '../store/open-store.ts';

interface DemoFlags {
  store?: string;
  port?: string;
  host?: string;
  people: string;
  seed: string;
  serve: boolean;
}

const wholeNumber = (name: string, value: string, min: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
};

/** `journeylens demo`: realistic omnichannel data through the real pipeline, then the server. */
export async function demoCommand(flags: DemoFlags): Promise<void> {
  const people = wholeNumber('people', flags.people, 1);
  const seed = wholeNumber('seed', flags.seed, 0);
  const config = loadConfig(flags);
  const store = await openStore(config.store);
  const boot = await bootstrap(store, config);
  const ingestor = await Ingestor.start(store);

  const end = new Date();
  end.setUTCHours(0, 0, 0, 0);
  const bar = new SingleBar({
    format: 'demo data [{bar}] {percentage}% | {value}/{total} people | {duration_formatted}',
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(people, 0);
  const result = await loadDemo(store, ingestor, {
    workspaceId: boot.workspace.id,
    people,
    seed,
    end,
    onProgress: (done) => bar.update(done),
  }).finally(() => bar.stop());
  console.log(
    result.loaded
      ? `Loaded ${result.events.toLocaleString('en')} demo events for ${people.toLocaleString('en')} people in ${result.seconds.toFixed(1)} s (${store.description}).`
      : `Demo data for seed ${seed} is already in ${store.description}; not loading it again.`,
  );
  console.log(`Sample journey maps: ${result.maps.join(', ')}`);

  if (!flags.serve) {
    await ingestor.flush();
    await store.close();
    return;
  }
  await ingestor.flush();
  // The server gets its own ingestor, loading the identity graph the demo has just written.
  const running = await startServer(config, { logger: true, store });
  console.log(`\nJourneylens demo is running at ${running.url.replace('127.0.0.1', 'localhost')}`);
  printKeys(boot, running.url);
  stopOnSignals(running);
}
