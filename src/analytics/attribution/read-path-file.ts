import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { type Info, parse } from 'csv-parse';
import { type PathTable, PathTableBuilder } from './path-table.ts';
import { splitPath } from './split-path.ts';

/** The columns of a path file, in order (the export format of attribution tools). */
export const PATH_FILE_COLUMNS = [
  'path',
  'total_conversions',
  'total_conversion_value',
  'total_null',
] as const;

/** A path file that cannot be read, with the (1-based) line at fault. */
export class PathFileError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'PathFileError';
  }
}

/**
 * Reads a path table file, streaming: a header line, then `path;total_conversions;
 * total_conversion_value;total_null` per line, e.g. `search > email > direct;12;1340.5;230`.
 * Identical paths are merged. Rejected with a PathFileError naming the line: a header that is
 * not those four columns, a wrong column count, a count or value that is not a number or is
 * negative, an empty path or channel, a quoting error, a file without paths. Blank lines are
 * skipped. Nothing is returned unless the whole file is good.
 * Example: `const table = await readPathFile('paths.csv')`.
 */
export async function readPathFile(path: string): Promise<PathTable> {
  const parser = parse({
    bom: true,
    info: true,
    delimiter: ';',
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: 1024 * 1024,
  });
  const source = createReadStream(path);
  const piping = pipeline(source, parser);
  piping.catch(() => undefined); // errors surface through the iterator below
  const builder = new PathTableBuilder();
  let records = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      records++;
      // info.lines is where the record ends; a quoted field may span lines.
      const line = info.lines - record.reduce((n, f) => n + (f.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
      if (records === 1) {
        checkHeader(record, line);
        continue;
      }
      const row = pathRow(record);
      if ('error' in row) throw new PathFileError(line, row.error);
      builder.add(row.channels, row.conversions, row.value, row.nulls);
    }
  } catch (err) {
    throw toPathFileError(err);
  } finally {
    source.destroy();
  }
  if (records === 0)
    throw new PathFileError(1, `empty file: expected the header ${PATH_FILE_COLUMNS.join(';')}`);
  if (records === 1) throw new PathFileError(1, 'the file holds no paths, only the header');
  return builder.build();
}

function checkHeader(record: readonly string[], line: number): void {
  const names = record.map((f) => f.trim().toLowerCase());
  if (names.length !== PATH_FILE_COLUMNS.length || names.some((n, i) => n !== PATH_FILE_COLUMNS[i])) {
    throw new PathFileError(
      line,
      `expected the header ${PATH_FILE_COLUMNS.join(';')}, found "${record.join(';')}"`,
    );
  }
}

/**
 * One data line as a path and its numbers, or why it is not one:
 * `pathRow(['a > b', '3', '12.5', '7'])` → `{ channels: ['a', 'b'], conversions: 3, value: 12.5, nulls: 7 }`.
 */
export function pathRow(
  record: readonly string[],
): { channels: string[]; conversions: number; value: number; nulls: number } | { error: string } {
  if (record.length !== PATH_FILE_COLUMNS.length) {
    return {
      error: `expected ${PATH_FILE_COLUMNS.length} columns separated by ";" (${PATH_FILE_COLUMNS.join(';')}), found ${record.length}`,
    };
  }
  const split = splitPath(record[0]!);
  if ('error' in split) return split;
  const numbers: number[] = [];
  for (let i = 1; i < 4; i++) {
    const text = record[i]!.trim();
    const column = PATH_FILE_COLUMNS[i]!;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) {
      return { error: `${column} must be a number, not "${record[i]}"` };
    }
    const n = Number(text);
    if (n < 0) return { error: `${column} must not be negative (${text})` };
    numbers.push(n);
  }
  return { channels: split.channels, conversions: numbers[0]!, value: numbers[1]!, nulls: numbers[2]! };
}

/** csv-parse's errors carry the line (`lines`) and a message that repeats it; keep the reason. */
function toPathFileError(err: unknown): Error {
  if (err instanceof PathFileError) return err;
  const e = err as { code?: unknown; lines?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && e.code.startsWith('CSV_') && typeof e.lines === 'number') {
    const reason = String(e.message).replace(/ at line \d+/, '');
    return new PathFileError(Math.max(1, e.lines), `not valid CSV: ${reason}`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
