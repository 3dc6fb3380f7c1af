import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';

/** Column kinds a staging table uses; times travel as epoch milliseconds (DOUBLE) for speed. */
export type StagingColumn = { name: string; kind: 'text' | 'ms' };

/** SQL that creates a session-local staging table with these columns. */
export function stagingTableSql(table: string, columns: StagingColumn[]): string {
  const cols = columns.map((c) => `${c.name} ${c.kind === 'text' ? 'VARCHAR' : 'DOUBLE'}`).join(', ');
  return `CREATE TEMP TABLE IF NOT EXISTS ${table} (${cols})`;
}

/**
 * Bulk-appends column arrays to a temp table through DuckDB's appender, an order of magnitude
 * faster than multi-row INSERTs (DESIGN.md). Row-wise appends measured faster here than building
 * data chunks (4.2 vs 6.5 ms per 1,600 events). `table` and columns are our constants, never input.
 */
export async function appendColumns(
  conn: DuckDBConnection,
  table: string,
  columns: StagingColumn[],
  values: (string | number | null)[][],
): Promise<void> {
  const rows = values[0]?.length ?? 0;
  if (rows === 0) return;
  const appender = await conn.createAppender(table, 'main', 'temp');
  try {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns.length; c++) {
        const v = values[c]![r];
        if (v === null || v === undefined) appender.appendNull();
        else if (columns[c]!.kind === 'ms') appender.appendDouble(v as number);
        else appender.appendVarchar(v as string);
      }
      appender.endRow();
    }
    appender.flushSync();
  } catch (err) {
    // Closing a failed appender throws "transaction is aborted", which would hide the cause.
    closeQuietly(appender);
    throw err;
  }
  appender.closeSync();
}

export function closeQuietly(appender: DuckDBAppender): void {
  try {
    appender.closeSync();
  } catch {
    // already failed; the caller rethrows the original error
  }
}
