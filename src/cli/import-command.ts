import { loadConfig } from '../config.ts';
import { importFile } from '../ingest/import/import-file.ts';
import { createProgressDisplay } from '../ingest/import/progress.ts';
import { Ingestor } from '../ingest/ingestor.ts';
import { openStore } from '../store/open-store.ts';
import { ensureWorkspace } from './require-workspace.ts';

/** `journeylens import FILE`: same validation, stitching and dedup as the HTTP API. */
export async function importCommand(
  file: string,
  opts: { format?: string; store?: string; workspace: string; rejected?: string },
): Promise<void> {
  const config = loadConfig({ store: opts.store });
  const store = await openStore(config.store);
  try {
    if (await ensureWorkspace(store, opts.workspace)) {
      console.log(
        `Created the default workspace in ${store.description}; \`journeylens serve\` will print its write key, admin token and admin sign-in once, on its first start.`,
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
    if (summary.engineChecked !== undefined) {
      console.log(
        `Loaded in bulk: ${summary.engineChecked.toLocaleString('en')} rows checked by the bulk scan, ` +
          `${(summary.rows - summary.engineChecked).toLocaleString('en')} by the API's validator.`,
      );
    }
    if (summary.rejectedPath) {
      console.log(`Rejected rows with their reasons: ${summary.rejectedPath}`);
      for (const [reason, count] of Object.entries(summary.reasons))
        console.log(`  ${String(count).padStart(8)} × ${reason}`);
    }
  } finally {
    await store.close();
  }
}
