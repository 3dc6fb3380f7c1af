import { DOUBLE, type DuckDBConnection, DuckDBDataChunk, type DuckDBType, VARCHAR } from '@duckdb/node-api';

/** Column kinds a staging table uses; times travel as epoch milliseconds (DOUBLE) for speed. */
export type StagingColumn = { name: string; kind: 'text' | 'ms' };

const CHUNK_ROWS = 2048; // DuckDB's vector size: a data chunk holds at most this many rows

/** SQL that creates a session-local staging table with these columns. */
export function stagingTableSql(table: string, columns: StagingColumn[]): string {
  const cols = columns.map((c) => `${c.name} ${c.kind === 'text' ? 'VARCHAR' : 'DOUBLE'}`).join(', ');
  return `CREATE TEMP TABLE IF NOT EXISTS ${table} (${cols})`;
}

/**
 * Bulk-appends column arrays to a temp table through DuckDB's appender, which is an order of
 * magnitude faster than multi-row INSERTs (see DESIGN.md's measurements). `table` and columns come
 * from our own constants, never from input.
 */
export async function appendColumns(
  conn: DuckDBConnection,
  table: string,
  columns: StagingColumn[],
  values: (string | number | null)[][],
): Promise<void> {
  const rows = values[0]?.length ?? 0;
  if (rows === 0) return;
  const types: DuckDBType[] = columns.map((c) => (c.kind === 'text' ? VARCHAR : DOUBLE));
  const appender = await conn.createAppender(table, 'main', 'temp');
  try {
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const n = Math.min(CHUNK_ROWS, rows - start);
      const chunk = DuckDBDataChunk.create(types, n);
      chunk.setColumns(values.map((col) => (start === 0 && n === rows ? col : col.slice(start, start + n))));
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
