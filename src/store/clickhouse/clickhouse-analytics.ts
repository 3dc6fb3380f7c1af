import { clickhouseDialect } from '../../analytics/sql/clickhouse/clickhouse-dialect.ts';
import type { AnalyticsReader } from '../store.ts';
import { type ClickHouseDriver, numberedParams, type Params, type Row } from './clickhouse-driver.ts';
import { parseWithQuery, reusedCtes, withClauseFor } from './with-query.ts';

/** Tables of the store; a CTE of the same name would be shadowed by its temporary table. */
const STORE_TABLES = new Set([
  'events',
  'persons',
  'person_distinct_ids',
  'person_overrides',
  'person_versions',
  'person_distinct_id_versions',
  'person_override_versions',
  'schema_migrations',
]);

/** The analytics reader over a ClickHouse connection: compiled queries run with the ClickHouse dialect. */
export function clickhouseAnalytics(driver: ClickHouseDriver): AnalyticsReader {
  return {
    dialect: clickhouseDialect,
    all: (sql, params) => runAnalytics(driver, sql, numberedParams(params)),
  };
}

/**
 * Runs a compiled query. ClickHouse inlines every CTE where it is read, so a CTE the query reads
 * several times, directly or through other CTEs, is planned and computed that many times —
 * multiplied down a chain: a paths query with rare nodes grouped as "other" would plan its
 * events scan over a thousand times (more than a minute of planning on an empty table; DuckDB
 * materialises such CTEs itself). Those CTEs are computed once into temporary tables of one
 * session (see `reusedCtes`), read by what follows, and dropped. A CTE whose result ClickHouse
 * cannot store (a column that is only NULL has type Nothing) stays inline.
 */
export async function runAnalytics(driver: ClickHouseDriver, sql: string, params: Params): Promise<Row[]> {
  const q = parseWithQuery(sql);
  const reused = q ? reusedCtes(q).filter((name) => !STORE_TABLES.has(name)) : [];
  if (!q || reused.length === 0) return driver.query(sql, params);
  return driver.session(async (s) => {
    const stored = new Set<string>();
    try {
      for (const name of reused) {
        const cte = q.ctes.find((c) => c.name === name)!;
        try {
          await s.exec(
            `CREATE TEMPORARY TABLE ${name} ENGINE = Memory AS ${withClauseFor(q, cte.refs, stored)}${cte.body}`,
            params,
          );
          stored.add(name);
        } catch (err) {
          if (!isUnstorableType(err)) throw err;
        }
      }
      return await s.query(`${withClauseFor(q, q.mainRefs, stored)}${q.main}`, params);
    } finally {
      for (const name of stored)
        await s.exec(`DROP TEMPORARY TABLE IF EXISTS ${name}`).catch(() => undefined);
    }
  });
}

/** ClickHouse's DATA_TYPE_CANNOT_BE_USED_IN_TABLES (Nullable(Nothing) from a bare NULL column). */
function isUnstorableType(err: unknown): boolean {
  return (
    err instanceof Error && /cannot be used in tables|DATA_TYPE_CANNOT_BE_USED_IN_TABLES/.test(err.message)
  );
}
