import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { Ingestor } from '../ingest/ingestor.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { buildApp } from './app.ts';
import { type BootstrapResult, bootstrap } from './bootstrap.ts';

export interface Running {
  app: FastifyInstance;
  store: Store;
  ingestor: Ingestor;
  boot: BootstrapResult;
  url: string;
  stop(): Promise<void>;
}

/** Opens the store, bootstraps keys, and starts the HTTP server. */
export async function startServer(
  config: Config,
  opts: { logger?: boolean; store?: Store; webRoot?: string | null } = {},
): Promise<Running> {
  const store = opts.store ?? (await openStore(config.store));
  const boot = await bootstrap(store, config);
  const ingestor = await Ingestor.start(store);
  // Ready the dedup state now (ten million stored events take a few seconds) rather than in the
  // first ingest request; requests that arrive sooner wait for it. A failure surfaces there too.
  store.events.prepareWrites?.().catch(() => undefined);
  const app = await buildApp({
    store,
    ingestor,
    logger: opts.logger,
    webRoot: opts.webRoot,
    startParseWorkers: true,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const stop = async () => {
    await app.close();
    await ingestor.flush();
    await store.close();
  };
  return { app, store, ingestor, boot, url: address, stop };
}

/** How long a clean shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Closes cleanly on Ctrl-C / SIGTERM so the last group commit is written. If closing hangs (a
 * client holding a connection open), it exits after a grace period: nothing is lost by that,
 * since every acknowledged event is already committed.
 */
export function stopOnSignals(running: Running): void {
  const stop = () => {
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function printKeys(
  boot: BootstrapResult,
  url: string,
  log: (line: string) => void = console.log,
): void {
  for (const { kind, secret } of boot.created) {
    log(
      `  ${kind === 'write' ? 'Write key (ingestion only)' : 'Admin token (API)        '}: ${secret}   (shown once)`,
    );
  }
  if (boot.adminUser) {
    const { email, password } = boot.adminUser;
    log(
      password === null
        ? `  Admin sign-in             : ${email} (password from JOURNEYLENS_ADMIN_PASSWORD)`
        : `  Admin sign-in             : ${email} / ${password}   (shown once)`,
    );
  }
  if (boot.created.length > 0)
    log(
      `  e.g. curl -u ${boot.created.find((c) => c.kind === 'write')?.secret ?? 'WRITE_KEY'}: ${url}/v1/track ...`,
    );
}
