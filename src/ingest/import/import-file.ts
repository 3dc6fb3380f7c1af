import { stat } from 'node:fs/promises';
import { type BulkNdjsonLoader, importNdjsonBulk } from './bulk-ndjson.ts';
import { readCsv } from './csv-reader.ts';
import { detectFormat, type ImportFormat } from './detect-format.ts';
import { readNdjson } from './ndjson-reader.ts';
import { countParquetRows, readParquet } from './parquet-reader.ts';
import type { ProgressCallback, ProgressUnit } from './progress.ts';
import type { Reader, ReadItem } from './read-item.ts';
import { formatFieldError, ReasonTally, type RejectedRow, RejectedRowsFile } from './rejected-rows.ts';
import type { IngestSink } from './sink.ts';
import { withStableMessageId } from './stable-message-id.ts';

export interface ImportOptions {
  path: string;
  /** `csv`, `ndjson` or `parquet`; detected from the extension when absent. */
  format?: string;
  workspaceId: string;
  sink: IngestSink;
  /**
   * Rows per `sink.ingest` call (default 5,000). Rows the reader already rejected count towards
   * it too (they ride along to keep the side file in file order), so a batch may carry fewer.
   */
  batchSize?: number;
  /**
   * Where rejected rows go (default `<path>.rejected.ndjson`). Created, or overwritten, only if a
   * row is rejected; a clean import leaves an older file there untouched.
   */
  rejectedPath?: string;
  /** Called after each batch: bytes of the file for CSV/NDJSON, rows for Parquet. */
  onProgress?: ProgressCallback;
  /**
   * The store's bulk path for NDJSON (when it has one): same verdicts, many times faster. Files
   * it cannot take whole (a line that is not JSON) are imported row by row instead.
   */
  bulk?: BulkNdjsonLoader;
}

export interface ImportSummary {
  /** Rows read (blank lines and the CSV header excluded). */
  rows: number;
  accepted: number;
  rejected: number;
  /** The rejected-rows file, or null when nothing was rejected. */
  rejectedPath: string | null;
  /** The ten most frequent rejection reasons with their counts, most frequent first. */
  reasons: Record<string, number>;
  seconds: number;
  /** With the bulk path: rows its one-pass scan vouched for (the field keeps its first name). */
  engineChecked?: number;
}

export const DEFAULT_BATCH_SIZE = 5000;

const READERS: Record<ImportFormat, Reader> = { csv: readCsv, ndjson: readNdjson, parquet: readParquet };

/** Rows read since the last batch was sent; reader errors ride along to keep file order. */
interface Batch {
  items: ReadItem[];
  messages: unknown[];
  /** Index in `items` of each message, to map the sink's rejected indexes back to rows. */
  itemOfMessage: number[];
}

/**
 * Imports a CSV, NDJSON or Parquet file of Segment events into a workspace: reads it as a stream,
 * sends batches to the sink, and writes rows that were rejected (by the reader or by the sink's
 * validation) to a side file with their line numbers and reasons.
 *
 * One batch is in flight while the next is read, so the sink and the file reader work in
 * parallel but memory holds at most two batches, whatever the file size. If the sink throws,
 * the import stops with that error; batches already sent stay stored.
 *
 * @example
 * const summary = await importFile({ path: 'events.csv', workspaceId: 'ws_1', sink: pipeline });
 * // { rows: 1000, accepted: 998, rejected: 2, rejectedPath: 'events.csv.rejected.ndjson', … }
 */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const startedAt = performance.now();
  const { path, sink, workspaceId, onProgress } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batchSize must be a positive integer');
  const format = detectFormat(path, options.format);
  const size = (await stat(path)).size; // fails early, with the path, if the file is missing

  const unit: ProgressUnit = format === 'parquet' ? 'rows' : 'bytes';
  // Counting Parquet rows costs a footer read; only pay it when someone shows progress.
  const total = onProgress === undefined ? 0 : unit === 'rows' ? await countParquetRows(path) : size;
  let bytesRead = 0;

  const sideFile = new RejectedRowsFile(options.rejectedPath ?? `${path}.rejected.ndjson`);
  const tally = new ReasonTally();
  let rows = 0;
  let accepted = 0;
  let rejected = 0;

  const send = async (batch: Batch): Promise<void> => {
    const reasonsByItem = new Map<number, string[]>();
    if (batch.messages.length > 0) {
      const result = await sink.ingest(workspaceId, batch.messages, { receivedAt: new Date() });
      accepted += result.accepted;
      for (const { index, errors } of result.rejected) {
        const item = batch.itemOfMessage[index];
        if (item === undefined) continue; // an index we never sent: nothing to map it to
        const reasons =
          errors.length > 0 ? errors.map(formatFieldError) : ['rejected by the ingest pipeline'];
        for (const r of reasons) tally.add(r);
        reasonsByItem.set(item, reasons);
      }
    }
    const rejectedRows: RejectedRow[] = [];
    batch.items.forEach((item, i) => {
      if (item.error !== undefined) {
        tally.addReaderError(item.error);
        rejectedRows.push({ line: item.line, reasons: [item.error], raw: item.raw });
      } else {
        const reasons = reasonsByItem.get(i);
        if (reasons) rejectedRows.push({ line: item.line, reasons, raw: item.raw });
      }
    });
    rejected += rejectedRows.length;
    await sideFile.write(rejectedRows);
  };

  let inFlight: Promise<void> = Promise.resolve();
  const dispatch = async (batch: Batch): Promise<void> => {
    await inFlight; // at most one batch in flight: wait for the previous one before sending
    inFlight = send(batch);
    // Handled later by the next `await inFlight`; this keeps a failure that happens while we
    // are reading from being reported as an unhandled rejection first.
    inFlight.catch(() => undefined);
    onProgress?.(unit === 'rows' ? rows : bytesRead, total, unit);
  };

  let rejectedPath: string | null = null;
  if (format === 'ndjson' && options.bulk) {
    try {
      const outcome = await importNdjsonBulk({
        path,
        size,
        workspaceId,
        loader: options.bulk,
        sideFile,
        tally,
        onProgress,
      });
      if (outcome !== null) {
        return {
          ...outcome,
          rejectedPath: await sideFile.close(),
          reasons: tally.top(10),
          seconds: Math.round(performance.now() - startedAt) / 1000,
        };
      }
    } catch (err) {
      await sideFile.close();
      throw err;
    }
  }
  try {
    let batch: Batch = { items: [], messages: [], itemOfMessage: [] };
    const reader = READERS[format](path, { onBytesRead: (b) => (bytesRead = b) });
    for await (const item of reader) {
      rows++;
      if (item.message !== undefined) {
        batch.itemOfMessage.push(batch.items.length);
        batch.messages.push(withStableMessageId(item.message, item.raw));
      }
      batch.items.push(item);
      if (batch.items.length >= batchSize) {
        await dispatch(batch);
        batch = { items: [], messages: [], itemOfMessage: [] };
      }
    }
    if (batch.items.length > 0) await dispatch(batch);
    await inFlight;
  } finally {
    // On failure, let the batch in flight finish (it may be stored already) and keep its rejects.
    await inFlight.catch(() => undefined);
    rejectedPath = await sideFile.close();
  }
  onProgress?.(total, total, unit);

  return {
    rows,
    accepted,
    rejected,
    rejectedPath,
    reasons: tally.top(10),
    seconds: Math.round(performance.now() - startedAt) / 1000,
  };
}
