import { type FileHandle, open } from 'node:fs/promises';

/** One line of the rejected-rows file. */
export interface RejectedRow {
  line: number;
  reasons: string[];
  /** The original line (NDJSON, CSV) or the row as JSON (Parquet). */
  raw: string;
}

/**
 * The rejected-rows side file, NDJSON of `{ "line", "reasons", "raw" }`. The file is created on
 * the first rejected row only, so a clean import leaves nothing behind; rows are written a batch
 * at a time, so memory holds at most one batch of them.
 */
export class RejectedRowsFile {
  private handle: FileHandle | null = null;
  private written = 0;

  constructor(readonly path: string) {}

  /** Appends rows (opening, and truncating, the file on first use). */
  async write(rows: readonly RejectedRow[]): Promise<void> {
    if (rows.length === 0) return;
    this.handle ??= await open(this.path, 'w');
    let text = '';
    for (const row of rows)
      text += `${JSON.stringify({ line: row.line, reasons: row.reasons, raw: row.raw })}\n`;
    await this.handle.write(text);
    this.written += rows.length;
  }

  /** Closes the file; returns its path, or null if no row was ever rejected. */
  async close(): Promise<string | null> {
    if (this.handle === null) return null;
    await this.handle.close();
    this.handle = null;
    return this.written > 0 ? this.path : null;
  }
}

/** Distinct reasons tracked; past this, new reasons count under `other`, keeping memory bounded. */
const MAX_DISTINCT_REASONS = 1000;

/**
 * Counts rejection reasons for the import summary. Reader errors are `<category>: <detail>` where
 * the detail differs per row (a JSON parser's message quotes the bad text), so they are counted
 * by category; sink errors (`timestamp: is not an ISO 8601 date-time`) come from a fixed schema
 * and are counted whole.
 */
export class ReasonTally {
  private readonly counts = new Map<string, number>();

  /** Counts a reader error by its category. */
  addReaderError(error: string): void {
    const cut = error.indexOf(': ');
    this.add(cut === -1 ? error : error.slice(0, cut));
  }

  add(reason: string): void {
    const key = this.counts.has(reason) || this.counts.size < MAX_DISTINCT_REASONS ? reason : 'other';
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The `limit` most frequent reasons, most frequent first. */
  top(limit = 10): Record<string, number> {
    const sorted = [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return Object.fromEntries(sorted.slice(0, limit));
  }
}

/** `timestamp: is not an ISO 8601 date-time`, or just the message when the error has no path. */
export function formatFieldError(error: { path: string; message: string }): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}
