import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { closeKeptAppenders } from './staging.ts';

export type Row = Record<string, unknown>;
export type Params = DuckDBValue[];

/**
 * One DuckDB connection whose operations run one at a time: DuckDB connections are not meant
 * for concurrent statements, and transactions must not interleave.
 */
export class SerialConnection {
  private tail: Promise<unknown> = Promise.resolve();
  /** A BEGIN sent right after a commit for the next transaction (`beginAhead`), if any. */
  private ahead: Promise<unknown> | null = null;

  constructor(readonly raw: DuckDBConnection) {}

  /** Runs `work` alone on this connection, outside any transaction of ours. */
  exclusive<T>(work: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.serially(async () => {
      await this.dropAhead();
      return work(this.raw);
    });
  }

  /**
   * Runs `work` inside BEGIN … COMMIT, rolling back if it throws. With `beginAhead`, the next
   * transaction's BEGIN is sent as soon as this one commits: a round trip to DuckDB's threads
   * that otherwise waits at the start of every group commit, behind whatever the main thread is
   * doing when it returns (1.4 ms of a 9 ms commit at 8 ingest connections). A statement other
   * than a transaction rolls the empty one back first.
   */
  transaction<T>(
    work: (conn: DuckDBConnection) => Promise<T>,
    opts: { beginAhead?: boolean } = {},
  ): Promise<T> {
    return this.serially(async () => {
      const conn = this.raw;
      if (!(await this.takeAhead())) await conn.run('BEGIN TRANSACTION');
      let out: T;
      try {
        out = await work(conn);
        await conn.run('COMMIT');
      } catch (err) {
        await conn.run('ROLLBACK').catch(() => undefined);
        throw err;
      }
      if (opts.beginAhead) {
        const ahead = conn.run('BEGIN TRANSACTION');
        // Its failure is heard by the next user of the connection (takeAhead), not as unhandled.
        ahead.catch(() => undefined);
        this.ahead = ahead;
      }
      return out;
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Whether a transaction begun ahead is open now (a failed BEGIN leaves none). */
  private async takeAhead(): Promise<boolean> {
    const ahead = this.ahead;
    this.ahead = null;
    if (ahead === null) return false;
    try {
      await ahead;
      return true;
    } catch {
      return false;
    }
  }

  private async dropAhead(): Promise<void> {
    if (await this.takeAhead()) await this.raw.run('ROLLBACK');
  }

  all(sql: string, params: Params = []): Promise<Row[]> {
    return this.exclusive(async (conn) => (await conn.runAndReadAll(sql, params)).getRowObjectsJS() as Row[]);
  }

  async one(sql: string, params: Params = []): Promise<Row | null> {
    return (await this.all(sql, params))[0] ?? null;
  }

  run(sql: string, params: Params = []): Promise<void> {
    return this.exclusive(async (conn) => {
      await conn.run(sql, params);
    });
  }
}

/**
 * A DuckDB database file with separate connections for ingest writes, metadata writes and reads,
 * so a long analytics read never waits behind a group commit and vice versa (DuckDB's MVCC lets
 * them run side by side).
 */
export class Database {
  private constructor(
    readonly instance: DuckDBInstance,
    readonly ingest: SerialConnection,
    readonly meta: SerialConnection,
    private readonly readers: SerialConnection[],
  ) {}

  private next = 0;

  static async open(path: string, settings: Record<string, string> = {}): Promise<Database> {
    const instance = await DuckDBInstance.create(path, settings);
    const connect = async () => new SerialConnection(await instance.connect());
    return new Database(instance, await connect(), await connect(), [await connect(), await connect()]);
  }

  /** A reader connection, round-robin. */
  get read(): SerialConnection {
    this.next = (this.next + 1) % this.readers.length;
    return this.readers[this.next]!;
  }

  async close(): Promise<void> {
    for (const c of [this.ingest, this.meta, ...this.readers])
      await c.exclusive(async (raw) => {
        closeKeptAppenders(raw);
        raw.closeSync();
      });
    this.instance.closeSync();
  }
}

export const toNumber = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const toJson = (v: unknown): Record<string, unknown> =>
  typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : ((v ?? {}) as Record<string, unknown>);
