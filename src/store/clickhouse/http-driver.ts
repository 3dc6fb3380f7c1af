import { randomUUID } from 'node:crypto';
import { type ClickHouseClient, type ClickHouseSettings, createClient } from '@clickhouse/client';
import {
  type ClickHouseDriver,
  type ClickHouseSession,
  DRIVER_SETTINGS,
  type Params,
  type Row,
  readCompactRows,
} from './clickhouse-driver.ts';

export interface HttpDriverOptions {
  /** `http(s)://host:port` of the server's HTTP interface. */
  url: string;
  username?: string;
  password?: string;
  database?: string;
}

/** DRIVER_SETTINGS as the client types them (64-bit settings as text). */
const SETTINGS: ClickHouseSettings = {
  ...DRIVER_SETTINGS,
  max_query_size: String(DRIVER_SETTINGS.max_query_size),
  max_partitions_per_insert_block: String(DRIVER_SETTINGS.max_partitions_per_insert_block),
};

/**
 * ClickHouse over its HTTP interface through the official `@clickhouse/client`: the production
 * driver. Parameters go as `param_…` request fields, bound by the server; rows are inserted as
 * JSONEachRow streamed in the request body.
 */
export class HttpClickHouseDriver implements ClickHouseDriver {
  private readonly client: ClickHouseClient;

  constructor(opts: HttpDriverOptions) {
    this.client = createClient({
      url: opts.url,
      ...(opts.username !== undefined ? { username: opts.username } : {}),
      ...(opts.password !== undefined ? { password: opts.password } : {}),
      ...(opts.database !== undefined ? { database: opts.database } : {}),
      clickhouse_settings: SETTINGS,
    });
  }

  async exec(sql: string, params: Params = {}, sessionId?: string): Promise<void> {
    await this.client.command({
      query: sql,
      query_params: params,
      ...(sessionId !== undefined ? { session_id: sessionId } : {}),
    });
  }

  async query(sql: string, params: Params = {}, sessionId?: string): Promise<Row[]> {
    const result = await this.client.query({
      query: sql,
      query_params: params,
      format: 'JSONCompactEachRowWithNamesAndTypes',
      ...(sessionId !== undefined ? { session_id: sessionId } : {}),
    });
    return readCompactRows(await result.json<unknown[]>());
  }

  /**
   * A fresh `session_id` per call: the server keeps the session (and its temporary tables) for
   * these requests only. Behind a load balancer, sessions must stick to one server.
   */
  session<T>(work: (session: ClickHouseSession) => Promise<T>): Promise<T> {
    const id = randomUUID();
    return work({
      exec: (sql, params) => this.exec(sql, params, id),
      query: (sql, params) => this.query(sql, params, id),
    });
  }

  async insert(table: string, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    await this.client.insert({ table, values: [...rows], format: 'JSONEachRow' });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
