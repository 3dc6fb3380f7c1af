import type { Interval } from '../spec/interval.ts';

/** A value bound to a query parameter. */
export type SqlValue = string | number | boolean | bigint | null;

/** What a bound parameter holds; a dialect renders the placeholder (and any cast) from it. */
export type ParamType = 'text' | 'float' | 'int' | 'bool' | 'timestamp';

/**
 * What an engine can do natively. Compilers choose strategies by these flags, never by engine
 * name, so a new engine is a new Dialect, not a new branch in every compiler.
 */
export interface DialectCapabilities {
  /**
   * An ordered-funnel aggregate over a person's events (ClickHouse `windowFunnel`). Without it,
   * funnels are range self-joins with `min`, the fastest plain-SQL form measured on DuckDB, or
   * per-person arrays where `arrayLambdas` holds.
   */
  readonly nativeWindowFunnel: boolean;
  /**
   * Converting every row's timestamp to local time is cheap (ClickHouse's lookup tables). Without
   * it (DuckDB's ICU: ~0.3 µs a row), time buckets are computed once per distinct quarter hour
   * and joined back; see `timeBucketCtes`.
   */
  readonly fastTimeZones?: boolean;
  /**
   * Per-row lists with lambda functions are fast (ClickHouse's `groupArray`, `arrayFirstIndex`,
   * `arrayJoin`): ordered funnels then collect each person's step events into sorted lists once
   * and find every attempt's steps in them (`collectSortedIf`, `firstIndexWhere`, `elementAt`,
   * `unnest`), where range self-joins took ClickHouse 4× as long (funnel-array-attempts.ts);
   * journeys read each person's sorted events instead of a window (journey-person-arrays.ts).
   * Without it those methods may throw.
   */
  readonly arrayLambdas?: boolean;
}

/**
 * The small interface between the analytics compilers and one SQL engine, in the manner of
 * kysely: compilers write the shared SQL, and ask the dialect only for what differs — parameter
 * placeholders, JSON access, time arithmetic, aggregates with conditions, lists.
 *
 * Every argument named `…Expr` or `cond` is SQL the compiler produced from whitelisted
 * identifiers and placeholders; no method ever receives user text.
 */
export interface Dialect {
  /** For logs and error messages only; compilers must not branch on it. */
  readonly name: string;
  readonly capabilities: DialectCapabilities;

  /** The placeholder of the `index`-th (1-based) bound parameter, e.g. `$3` or `{p3:String}`. */
  placeholder(index: number, type: ParamType): string;
  /** The bound value that stands for an instant in a `timestamp` parameter. */
  timestampValue(at: Date): SqlValue;
  /** The bound value that addresses `keys` (outermost first) inside a JSON document. */
  jsonPathValue(keys: readonly string[]): string;

  /** Text of the JSON value at `pathExpr` (objects and arrays as JSON text); NULL if absent or null. */
  jsonText(jsonExpr: string, pathExpr: string): string;
  /**
   * True when the value at `pathExpr` is an array with an element equal to `needleExpr`, or a
   * scalar whose text contains `needleExpr` ignoring case.
   */
  jsonContains(jsonExpr: string, pathExpr: string, needleExpr: string): string;
  /**
   * Set-returning, in a SELECT list: one row per element of the JSON array at `pathExpr` (each a
   * JSON value that `jsonText` can read further), none when the value is absent or not an array.
   * Baskets read the products of an order (`properties.products[]`) this way.
   */
  jsonArrayElements(jsonExpr: string, pathExpr: string): string;
  /** `textExpr` contains `needleExpr`, ignoring case. */
  containsText(textExpr: string, needleExpr: string): string;
  /** `textExpr` as a double, NULL when it is not a number. */
  toFloat(textExpr: string): string;
  /** True unless `cond` is true: unlike SQL's NOT, a NULL (unknown) condition gives true. */
  isNotTrue(cond: string): string;

  /** `tsExpr` plus a number of seconds. */
  addSeconds(tsExpr: string, secondsExpr: string): string;
  /** Seconds from `fromExpr` to `toExpr`, as a double (microsecond precision). */
  secondsBetween(fromExpr: string, toExpr: string): string;
  /** Microseconds since 1970 of a timestamp, as an integer: a sortable key. */
  epochMicros(tsExpr: string): string;
  /** The timestamp `microsExpr` microseconds after 1970 (UTC): the inverse of `epochMicros`. */
  timestampFromMicros(microsExpr: string): string;
  /**
   * Start (as a UTC timestamp) of the local `interval` bucket of `tsExpr` in the zone named by
   * `zoneExpr`: local midnight for days, the configured first day for weeks.
   */
  timeBucket(tsExpr: string, interval: Interval, zoneExpr: string): string;

  countIf(cond: string): string;
  avgIf(valueExpr: string, cond: string): string;
  /** The exact median: the middle value, or the mean of the two middle values. */
  medianIf(valueExpr: string, cond: string): string;
  minIf(valueExpr: string, cond: string): string;
  /** The `n`-th smallest (1-based, constant n) of `valueExpr` over rows where `cond` holds. */
  nthSmallestIf(valueExpr: string, cond: string, n: number): string;
  /** Up to `limitExpr` values of `valueExpr` (sorted) over rows where `cond` holds, as a list. */
  sortedListIf(valueExpr: string, cond: string, limitExpr: string): string;

  /** A record of named values; read a field back with `field`. Names are compiler constants. */
  record(fields: Record<string, string>): string;
  field(recordExpr: string, name: string): string;
  /** `valueExpr` of the row with the smallest `keyExpr` (any one of them on a tie). */
  argMin(valueExpr: string, keyExpr: string): string;
  /** `valueExpr` of the row with the greatest `keys` (compared left to right). */
  argMax(valueExpr: string, keys: readonly string[]): string;
  /** The non-NULL values of `exprs`, ascending, as a list. */
  sortedNonNull(exprs: readonly string[]): string;
  /** The `index`-th (1-based, constant) element of a list, NULL past its end. */
  listElement(listExpr: string, index: number): string;

  /**
   * Window function: `valueExpr` of the row before the current one in `windowSpec` (a
   * `PARTITION BY … ORDER BY …` the compiler wrote), NULL on the first row. Journeys read the
   * previous stage of each event this way.
   */
  previousInWindow(valueExpr: string, windowSpec: string): string;
  /**
   * Window function: the smallest non-NULL `valueExpr` among the rows after the current one in
   * `windowSpec`, NULL if there is none. Compilers pass values that never decrease along the
   * window's order (times, in time order), so it is also the next non-NULL value, which an
   * engine may compute faster than a framed min.
   */
  minOfFollowing(valueExpr: string, windowSpec: string): string;
  /** The smallest non-NULL of `exprs` (one row's values, not an aggregate); NULL when all are NULL. */
  smallestOf(exprs: readonly string[]): string;

  /**
   * Aggregate: the `n` (constant) smallest or largest values of the integer `valueExpr` in the
   * group, ascending, as a list. A bounded top-n, not a sort of the group: paths take the first
   * steps of every person this way, with the node packed into the value (see path-keys.ts).
   */
  sortedValues(valueExpr: string, n: number, which: 'smallest' | 'largest'): string;

  /**
   * Lists with lambdas (this and the next four), for dialects with `capabilities.arrayLambdas`;
   * the base dialect throws. Aggregate: every value of `valueExpr` over the rows where `cond` holds, ascending, as a list
   * (empty, not NULL, when there are none). Records sort by their first field, then the next.
   */
  collectSortedIf(valueExpr: string, cond: string): string;
  /**
   * The 1-based index of the first element of `listExpr` for which `predicate` holds, 0 when
   * there is none (a NULL predicate does not hold). `predicate` reads the element as `param` (a
   * compiler-made name) and may read the row's columns. Used twice in one expression, it is
   * computed once: engines with this capability share identical subexpressions.
   */
  firstIndexWhere(listExpr: string, param: string, predicate: string): string;
  /** The element of `listExpr` at `indexExpr` (1-based, computed); callers check the index first. */
  elementAt(listExpr: string, indexExpr: string): string;
  /**
   * Set-returning, in a SELECT list: one row per element of `listExpr` (none for an empty list),
   * the other columns repeated.
   */
  unnest(listExpr: string): string;
  /**
   * How many pairs of neighbouring elements of `listExpr` satisfy `predicate`, which reads the
   * earlier element as `prevParam` and the later as `nextParam` (compiler-made names).
   */
  countAdjacentWhere(listExpr: string, prevParam: string, nextParam: string, predicate: string): string;
}
