import { loadConfig } from '../config.ts';
import { importFile } from '../ingest/import/import-file.ts';
import { createProgressDisplay } from '../ingest/import/progress.ts';
import { Ingestor } from '../ingest/ingestor.ts';
import { openStore } from '../store/open-store.ts';

/** `journeylens import FILE`: same validation, stitching and dedup as the HTTP API. */
export async function importCommand(
  file: string,
  opts: { format?: string; store?: string; workspace: string; rejected?: string },
): Promise<void> {
  const config = loadConfig({ store: opts.store });
  const store = await openStore(config.store);
  try {
    if (!(await store.workspaces.get(opts.workspace))) {
      const known = (await store.workspaces.list()).map((w) => w.id);
      throw new Error(
        `No workspace "${opts.workspace}" in ${store.description}. ` +
          (known.length
            ? `Known: ${known.join(', ')}.`
            : 'Start the server once (journeylens serve) to create the default workspace.'),
      );
    }
    const ingestor = await Ingestor.start(store);
    const progress = createProgressDisplay({ label: 'import' });
    const summary = await importFile({
      path: file,
      format: opts.format,
      workspaceId: opts.workspace,
      sink: ingestor,
      rejectedPath: opts.rejected,
      onProgress: progress.update,
      bulk: ingestor.ndjsonBulkLoader(),
    }).finally(() => progress.stop());
    await ingestor.flush();
    const rate = Math.round(summary.rows / Math.max(summary.seconds, 1e-9));
    console.log(
      `Imported ${file}: ${summary.rows.toLocaleString('en')} rows, ${summary.accepted.toLocaleString('en')} accepted, ` +
        `${summary.rejected.toLocaleString('en')} rejected in ${summary.seconds.toFixed(1)} s (${rate.toLocaleString('en')} rows/s)`,
    );
    if (summary.rejectedPath) {
      console.log(`Rejected rows with their reasons: ${summary.rejectedPath}`);
      for (const [reason, count] of Object.entries(summary.reasons))
        console.log(`  ${String(count).padStart(8)} × ${reason}`);
    }
  } finally {
    await store.close();
  }
}
