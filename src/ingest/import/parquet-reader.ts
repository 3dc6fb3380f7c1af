import {
  DuckDBInstance,
  DuckDBTypeId,
  type DuckDBValueConverter,
  dateFromTimestampMillisecondsValue,
  dateFromTimestampNanosecondsValue,
  dateFromTimestampSecondsValue,
  dateFromTimestampTZValue,
  dateFromTimestampValue,
  doubleFromDecimalValue,
  type Json,
  JsonDuckDBValueConverter,
  objectArrayFromMapValue,
  stringFromValue,
} from '@duckdb/node-api';
import { buildMessage, planColumns } from './columns.ts';
import type { ReadItem } from './read-item.ts';

// The path is a bound parameter: read_parquet accepts one, so no file name ever becomes SQL text.
const SELECT_ROWS = 'SELECT * FROM read_parquet($1)';
const COUNT_ROWS = 'SELECT count(*)::DOUBLE AS n FROM read_parquet($1)';

/**
 * Reads a Parquet file through an in-memory DuckDB, one result chunk (2,048 rows) at a time.
 * Columns are named like CSV columns (`event`, `userId`, `properties`, `properties.plan`, …);
 * `properties`/`traits`/`context` may be STRUCT, MAP or JSON/VARCHAR columns. Timestamps become
 * ISO strings and integers become numbers (see `toJson`). `line` is the 1-based row number.
 *
 * Throws `UnknownColumnsError` before yielding anything if a column name is unknown.
 *
 * @example for await (const item of readParquet('events.parquet')) console.log(item.message);
 */
export async function* readParquet(path: string): AsyncGenerator<ReadItem> {
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    try {
      const result = await connection.stream(SELECT_ROWS, [path]);
      const columns = result.columnNames();
      const plan = planColumns(columns, { coerceScalars: false });
      let line = 0;
      for await (const rows of result.yieldConvertedRows(toJson)) {
        for (const cells of rows) {
          line++;
          const raw = JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? null])));
          const built = buildMessage(plan, cells);
          yield built.error === undefined
            ? { line, raw, message: built.message }
            : { line, raw, error: built.error };
        }
      }
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Number of rows in a Parquet file, from its footer metadata (no data pages are read). */
export async function countParquetRows(path: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(COUNT_ROWS, [path]);
      return Number(reader.getRowsJS()[0]?.[0] ?? 0);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/**
 * DuckDB values → JSON values a Segment message may hold. Starts from DuckDB's own JSON
 * converter and changes what would not import well:
 * - BIGINT-family integers become numbers when exactly representable (beyond 2^53 they stay
 *   strings, so ids are never rounded); DECIMAL becomes a number.
 * - timestamps become ISO 8601 strings (the JSON converter gives `2024-01-02 03:04:05`, which
 *   is not ISO); dates stay `YYYY-MM-DD`.
 * - MAP becomes an object (DuckDB gives `[{ key, value }]`).
 * - JSON-typed strings are parsed; an invalid one stays text, which `buildMessage` reports as a
 *   row error if it is a properties/traits/context column, instead of failing the whole import.
 */
const toJson: DuckDBValueConverter<Json> = (value, type, self) => {
  if (value === null) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.BIGNUM: {
      const text = stringFromValue(value);
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : text;
    }
    case DuckDBTypeId.DECIMAL:
      return doubleFromDecimalValue(value);
    case DuckDBTypeId.TIMESTAMP:
      return isoOrText(() => dateFromTimestampValue(value), value);
    case DuckDBTypeId.TIMESTAMP_S:
      return isoOrText(() => dateFromTimestampSecondsValue(value), value);
    case DuckDBTypeId.TIMESTAMP_MS:
      return isoOrText(() => dateFromTimestampMillisecondsValue(value), value);
    case DuckDBTypeId.TIMESTAMP_NS:
      return isoOrText(() => dateFromTimestampNanosecondsValue(value), value);
    case DuckDBTypeId.TIMESTAMP_TZ:
      return isoOrText(() => dateFromTimestampTZValue(value), value);
    case DuckDBTypeId.MAP: {
      const out: Record<string, Json> = {};
      for (const { key, value: v } of objectArrayFromMapValue(value, type, self)) out[String(key)] = v;
      return out;
    }
    case DuckDBTypeId.VARCHAR: {
      const text = stringFromValue(value);
      if (type.alias !== 'JSON') return text;
      try {
        return JSON.parse(text) as Json;
      } catch {
        return text;
      }
    }
    default:
      return JsonDuckDBValueConverter(value, type, self);
  }
};

/** Timestamps outside the JS Date range (year ±275760) keep DuckDB's text form. */
function isoOrText(toDate: () => Date, value: Parameters<typeof stringFromValue>[0]): string {
  try {
    return toDate().toISOString();
  } catch {
    return stringFromValue(value);
  }
}
