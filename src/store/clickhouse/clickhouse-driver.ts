import { type ClickHouseType, parseClickHouseType } from './clickhouse-type.ts';

export type Row = Record<string, unknown>;
/** Query parameters by name (`{p1:String}` takes `p1`); arrays for `Array(…)` parameters. */
export type Params = Record<string, unknown>;

/**
 * The little the ClickHouse store needs of a connection, so the engine behind it is passed in:
 * `@clickhouse/client` over HTTP in production (http-driver.ts), the embedded engine (chdb) in
 * tests. Values travel only as parameters (`{name:Type}`) or inserted rows, never in SQL text.
 */
export interface ClickHouseDriver {
  /** Runs a statement that returns no rows (DDL, `INSERT … SELECT`). */
  exec(sql: string, params?: Params): Promise<void>;
  /** Runs a query; rows as plain values (see `readCompactRows`). */
  query(sql: string, params?: Params): Promise<Row[]>;
  /** Inserts rows (objects keyed by column name) as one `INSERT … FORMAT JSONEachRow`. */
  insert(table: string, rows: readonly Row[]): Promise<void>;
  /**
   * Runs `work`'s statements in one server session of their own, where temporary tables live
   * until the session ends (`work` drops what it creates).
   */
  session<T>(work: (session: ClickHouseSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Statements inside one session (see `ClickHouseDriver.session`). */
export type ClickHouseSession = Pick<ClickHouseDriver, 'exec' | 'query'>;

/**
 * Settings every driver applies to every statement.
 * - `join_use_nulls`: an unmatched LEFT JOIN column is NULL, as in standard SQL (ClickHouse
 *   would give the type's default, '' or 0); the analytics SQL is written for NULLs.
 * - `aggregate_functions_null_for_empty`: an aggregate over no rows is NULL, as in standard SQL,
 *   not the type's default — also over an empty window frame, so `max(ts) OVER (… ROWS BETWEEN
 *   UNBOUNDED PRECEDING AND 1 PRECEDING)` on a person's first event is NULL, not 1970-01-01.
 * - `prefer_column_name_to_alias`: in `SELECT min(ts) AS ts, max(ts) …` the second `ts` is the
 *   column, as in standard SQL; ClickHouse would otherwise read it as the alias (an aggregate
 *   inside an aggregate).
 * - `date_time_output_format = 'iso'`: instants come back as UTC ISO text, whatever zone a
 *   column is shown in, so `readCompactRows` turns them into Dates without knowing zones.
 * - `output_format_json_quote_64bit_integers = 0`: counts as JSON numbers (servers before 24
 *   quote them by default).
 * - `max_query_size`: JSON paths are spelled per depth (clickhouse-dialect.ts), so a query with
 *   many property conditions can pass the 256 KiB default.
 * - `allow_experimental_join_condition`: funnels join a person's events on time ranges
 *   (`s.ts >= a.t1`), a JOIN ON condition over both tables that ClickHouse 24.5–25.x accept only
 *   with this setting (later releases by default). Hence the store needs ClickHouse 24.5 or later.
 * - `max_partitions_per_insert_block = 0`: events are partitioned by month, and one group commit
 *   of a historical import can span more than the default 100 months; such a batch then writes a
 *   part per month instead of being refused.
 * - `allow_suspicious_low_cardinality_types`: a CTE computed into a temporary table (see
 *   clickhouse-analytics.ts) keeps its column types, and a comparison on a LowCardinality column
 *   is a LowCardinality(UInt8), which tables refuse by default.
 *
 * The ClickHouse user therefore needs `readonly = 0`: it sets these per query, and analytics
 * create session temporary tables (clickhouse-analytics.ts).
 */
export const DRIVER_SETTINGS = {
  join_use_nulls: 1,
  aggregate_functions_null_for_empty: 1,
  prefer_column_name_to_alias: 1,
  allow_experimental_join_condition: 1,
  date_time_output_format: 'iso',
  output_format_json_quote_64bit_integers: 0,
  output_format_json_named_tuples_as_objects: 1,
  max_query_size: 16 * 1024 * 1024,
  max_partitions_per_insert_block: 0,
  allow_suspicious_low_cardinality_types: 1,
} as const;

/** The result format drivers ask for: names and types first, so values convert by their type. */
export const RESULT_FORMAT = 'JSONCompactEachRowWithNamesAndTypes';

/**
 * Rows of a `JSONCompactEachRowWithNamesAndTypes` result (names, types, then one array per row)
 * as objects holding the same kinds of values the DuckDB store returns: booleans for `Bool`,
 * numbers for integers and floats, Dates for `DateTime`/`DateTime64`/`Date`, arrays, and objects
 * for named tuples and maps.
 */
export function readCompactRows(lines: readonly unknown[][]): Row[] {
  const [names, types, ...rows] = lines;
  if (!names || !types) return [];
  const parsed = types.map((t) => parseClickHouseType(String(t)));
  return rows.map((values) => {
    const row: Row = {};
    names.forEach((name, i) => {
      row[String(name)] = convert(values[i], parsed[i]!);
    });
    return row;
  });
}

function convert(value: unknown, type: ClickHouseType): unknown {
  if (value === null || value === undefined) return null;
  switch (type.name) {
    case 'Nullable':
    case 'LowCardinality':
      return convert(value, type.args[0]!);
    case 'Bool':
      return value === true || value === 1 || value === 'true';
    case 'DateTime':
    case 'DateTime64':
      return new Date(String(value));
    case 'Date':
    case 'Date32':
      return new Date(`${String(value)}T00:00:00Z`);
    case 'Array':
      return Array.isArray(value) ? value.map((v) => convert(v, type.args[0]!)) : value;
    case 'Tuple': {
      if (!type.args.every((a) => a.field !== undefined)) {
        return Array.isArray(value) ? value.map((v, i) => convert(v, type.args[i]!)) : value;
      }
      const out: Row = {};
      type.args.forEach((a, i) => {
        const v = Array.isArray(value) ? value[i] : (value as Row)[a.field!];
        out[a.field!] = convert(v, a);
      });
      return out;
    }
    case 'Map': {
      const out: Row = {};
      for (const [k, v] of Object.entries(value as Row)) out[k] = convert(v, type.args[1]!);
      return out;
    }
    default:
      if (/^(U?Int|Float|Decimal)/.test(type.name)) return typeof value === 'number' ? value : Number(value);
      return value;
  }
}

/** Positional values of a compiled query as the named parameters its placeholders use (`p1`…). */
export function numberedParams(values: readonly unknown[]): Params {
  const params: Params = {};
  values.forEach((v, i) => {
    params[`p${i + 1}`] = v;
  });
  return params;
}
