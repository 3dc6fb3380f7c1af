import { loadConfig } from '../config.ts';
import { printKeys, startServer, stopOnSignals } from '../server/serve.ts';
import { ensureWebBuild } from './ensure-web-build.ts';

export async function serveCommand(opts: { store?: string; port?: string; host?: string }): Promise<void> {
  const config = loadConfig(opts);
  const webRoot = await ensureWebBuild({ mode: config.webBuild });
  const running = await startServer(config, { logger: true, webRoot });
  console.log(`Journeylens is listening on ${running.url} (store ${running.store.description})`);
  printKeys(running.boot, running.url);
  stopOnSignals(running);
}
