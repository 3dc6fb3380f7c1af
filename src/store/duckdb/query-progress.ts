import type { DuckDBConnection } from '@duckdb/node-api';

/** How often a long statement's progress is read: often enough for a bar, rarely enough to cost nothing. */
const POLL_MS = 100;

/**
 * Turns DuckDB's tracking of each statement's progress on, or back off as a new connection has
 * it. DuckDB tracks progress only while its progress bar is on; its own printing of the
 * bar to the terminal stays off. Not inside a transaction that may fail: an aborted transaction
 * refuses even a SET, which would leave tracking on.
 */
export async function setProgressTracking(conn: DuckDBConnection, on: boolean): Promise<void> {
  if (on) {
    await conn.run('SET enable_progress_bar = true');
    await conn.run('SET enable_progress_bar_print = false');
  } else {
    // The library's defaults. RESET would not do: it gives the CLI's (bar on, printing off).
    await conn.run('SET enable_progress_bar = false');
    await conn.run('SET enable_progress_bar_print = true');
  }
}

/**
 * Runs a long statement (`start` sends it) while reporting how far DuckDB says it has come, as a
 * fraction from 0 to 1, never backwards. Needs the connection's progress tracking on
 * (setProgressTracking); a statement DuckDB cannot estimate reports nothing.
 * Example: `await withQueryProgress(conn, () => insert.run(), (f) => bar.update(f))`.
 */
export async function withQueryProgress<T>(
  conn: DuckDBConnection,
  start: () => Promise<T>,
  onFraction: (fraction: number) => void,
  pollMs = POLL_MS,
): Promise<T> {
  let reported = 0;
  const poll = setInterval(() => {
    // -1 while nothing runs or DuckDB cannot tell.
    const fraction = conn.progress.percentage / 100;
    if (fraction > reported && fraction <= 1) {
      reported = fraction;
      onFraction(fraction);
    }
  }, pollMs);
  try {
    return await start();
  } finally {
    clearInterval(poll);
  }
}
