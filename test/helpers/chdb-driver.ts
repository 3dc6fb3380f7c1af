import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'chdb';
import {
  type ClickHouseDriver,
  type ClickHouseSession,
  DRIVER_SETTINGS,
  type Params,
  RESULT_FORMAT,
  type Row,
  readCompactRows,
} from '../../src/store/clickhouse/clickhouse-driver.ts';

/**
 * The ClickHouse engine in-process (chdb, ClickHouse 26) behind the store's driver interface, so
 * the ClickHouse store and SQL are tested on the real engine without a server. Test-only: chdb
 * loads a ~550 MB library, so keep one per test file (`openChdb` in `beforeAll`, `dispose` in
 * `afterAll`). Statements run one at a time on the session, as the HTTP client's would per query.
 */
export class ChdbDriver implements ClickHouseDriver {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly raw: Session) {}

  exec(sql: string, params: Params = {}): Promise<void> {
    return this.serial(() => this.run(sql, params));
  }

  query(sql: string, params: Params = {}): Promise<Row[]> {
    return this.serial(() => this.read(sql, params));
  }

  /** The chdb session is the server session; holding the queue keeps other statements out. */
  session<T>(work: (session: ClickHouseSession) => Promise<T>): Promise<T> {
    return this.serial(() =>
      work({
        exec: (sql, params = {}) => this.run(sql, params),
        query: (sql, params = {}) => this.read(sql, params),
      }),
    );
  }

  insert(table: string, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return this.serial(async () => {
      await this.raw.insert({
        table,
        values: rows.map((r) => JSON.stringify(r)).join('\n'),
        format: 'JSONEachRow',
      });
    });
  }

  async close(): Promise<void> {
    await this.tail;
    this.raw.close();
  }

  private async run(sql: string, params: Params): Promise<void> {
    await this.raw.queryBindAsync(sql, bindable(params), { format: 'Null' });
  }

  private async read(sql: string, params: Params): Promise<Row[]> {
    const result = await this.raw.queryBindAsync(sql, bindable(params), { format: RESULT_FORMAT });
    const lines = result
      .text()
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as unknown[]);
    return readCompactRows(lines);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** chdb binds JS values itself (strings exactly, arrays, null); only bigints need to be text. */
function bindable(params: Params): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = v === undefined ? null : typeof v === 'bigint' ? v.toString() : v;
  }
  return out;
}

/** A fresh chdb session in its own temp folder, with the store's settings; `dispose` removes it. */
export async function openChdb(
  /** A folder to keep the data in (the query benchmark reuses its data set); else a temp folder, removed on dispose. */
  keepIn?: string,
): Promise<{ driver: ChdbDriver; dispose(): Promise<void> }> {
  const dir = keepIn ?? mkdtempSync(join(tmpdir(), 'journeylens-chdb-'));
  const session = new Session(dir);
  const driver = new ChdbDriver(session);
  for (const [name, value] of Object.entries(DRIVER_SETTINGS)) {
    await driver.exec(`SET ${name} = ${typeof value === 'string' ? `'${value}'` : value}`);
  }
  return {
    driver,
    dispose: async () => {
      await driver.close().catch(() => undefined);
      if (keepIn === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}
