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

  constructor(readonly raw: DuckDBConnection) {}

  /** Runs `work` alone on this connection. */
  exclusive<T>(work: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => work(this.raw));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Runs `work` inside BEGIN … COMMIT, rolling back if it throws. */
  transaction<T>(work: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.exclusive(async (conn) => {
      await conn.run('BEGIN TRANSACTION');
      try {
        const out = await work(conn);
        await conn.run('COMMIT');
        return out;
      } catch (err) {
        await conn.run('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
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
