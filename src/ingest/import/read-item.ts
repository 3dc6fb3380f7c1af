/**
 * One row of an import file, as a reader yields it: either a `message` (not yet validated; the
 * sink does that) or an `error` saying why the row could not even be turned into a message.
 * `raw` is the original line or row, written to the rejected-rows file if the row is rejected.
 */
export interface ReadItem {
  /** 1-based line number (CSV: the line the row starts on; Parquet: the row number). */
  line: number;
  message?: unknown;
  /** Formatted `<category>: <detail>`; import summaries count rejections by the category. */
  error?: string;
  raw: string;
}

export interface ReaderOptions {
  /** Called as the reader consumes the file, with the bytes read so far (CSV and NDJSON). */
  onBytesRead?: (bytes: number) => void;
}

/** A streaming reader: yields the rows of a file in file order, holding about one chunk in memory. */
export type Reader = (path: string, options?: ReaderOptions) => AsyncGenerator<ReadItem>;
