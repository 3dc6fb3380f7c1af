/**
 * One timed file import, in its own process so its peak memory is its own: prints
 * `{ seconds, accepted, rejected, peakRssMb }`.
 */

import { importFile } from '../src/ingest/import/import-file.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import { openStore } from '../src/store/open-store.ts';

const [file, storeUrl] = process.argv.slice(2) as [string, string];
const store = await openStore(storeUrl);
const { workspace } = await bootstrap(store, {});
const ingestor = await Ingestor.start(store);
const started = performance.now();
const summary = await importFile({
  path: file,
  workspaceId: workspace.id,
  sink: ingestor,
  bulk: ingestor.ndjsonBulkLoader(),
  onProgress: (done) => process.send?.({ done }),
});
await ingestor.flush();
const seconds = (performance.now() - started) / 1000;
await store.close();
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ seconds, accepted: summary.accepted, rejected: summary.rejected, peakRssMb }));
// The IPC channel to the bench would keep this process alive; close it so the process ends.
process.disconnect?.();
