import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { type Info, parse } from 'csv-parse';
import { buildMessage, type ColumnPlan, planColumns } from './columns.ts';
import type { ReaderOptions, ReadItem } from './read-item.ts';

/** A quoted field longer than this is a runaway quote, not data; it stops the import. */
const MAX_RECORD_BYTES = 8 * 1024 * 1024;

/**
 * Thrown when the file is not CSV past some point (an unclosed quote, say). After such an error
 * the parser cannot tell where the next row starts, so the rest of the file cannot be read
 * row by row; rows before it have been yielded already.
 */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`CSV syntax error at line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: Info;
}

/**
 * Reads a CSV file with a header row; each column maps to a message field (see `columns.ts`):
 * `type,event,userId,timestamp,properties.plan,context.page.path` and so on. Empty cells are
 * absent, `properties.*`/`traits.*` cells holding JSON numbers or booleans become numbers or
 * booleans, and `properties`/`traits`/`context` cells hold JSON objects.
 *
 * Throws `UnknownColumnsError` before yielding anything if the header has unknown columns, and
 * `CsvSyntaxError` at a quoting error. A row with the wrong number of cells is an error item.
 *
 * @example for await (const item of readCsv('events.csv')) console.log(item.line, item.message);
 */
export async function* readCsv(path: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const parser = parse({
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    // Checked below so a short or long row rejects that row instead of stopping the parse.
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  const source = createReadStream(path);
  // pipeline() destroys both streams if either fails or we stop iterating early.
  const piping = pipeline(source, parser);
  piping.catch(() => undefined); // errors surface through the iterator below

  let plan: ColumnPlan | null = null;
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>) {
      const { record, info } = parsed;
      const raw = trimRaw(parsed.raw);
      // info.lines is the line the record ends on; a quoted cell can span several lines.
      const line = info.lines - countNewlines(raw);
      if (plan === null) {
        plan = planColumns(record, { coerceScalars: true });
        continue;
      }
      options.onBytesRead?.(source.bytesRead);
      if (record.length !== plan.columns.length) {
        yield {
          line,
          raw,
          error: `wrong number of columns: expected ${plan.columns.length}, got ${record.length}`,
        };
        continue;
      }
      const built = buildMessage(plan, record);
      yield built.error === undefined
        ? { line, raw, message: built.message }
        : { line, raw, error: built.error };
    }
  } catch (err) {
    throw toSyntaxError(err);
  } finally {
    source.destroy();
  }
  if (plan === null) throw new CsvSyntaxError('the file is empty; a header row is required', 1);
}

/** csv-parse's raw text starts with any skipped blank lines and ends with the record delimiter. */
function trimRaw(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && (raw[start] === '\n' || raw[start] === '\r')) start++;
  while (end > start && (raw[end - 1] === '\n' || raw[end - 1] === '\r')) end--;
  return raw.slice(start, end);
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function toSyntaxError(err: unknown): unknown {
  // CsvError carries a `code` such as CSV_QUOTE_NOT_CLOSED and the line it stopped at.
  const e = err as { code?: unknown; lines?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && e.code.startsWith('CSV_') && typeof e.lines === 'number') {
    return new CsvSyntaxError(String(e.message), e.lines);
  }
  return err;
}
