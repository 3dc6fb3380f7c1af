import type { Interval } from '../../spec/interval.ts';
import { BaseDialect } from '../base-dialect.ts';
import type { ParamType, SqlValue } from '../dialect.ts';

/** ClickHouse types of bound parameters; `{p3:Float64}` is parsed and typed by the server. */
const PARAM_TYPE: Record<ParamType, string> = {
  text: 'String',
  float: 'Float64',
  int: 'Int64',
  bool: 'Bool',
  timestamp: "DateTime64(6, 'UTC')",
};

/** Deepest JSON path a spec may name (where-filter.ts allows 10 keys). */
export const MAX_JSON_DEPTH = 10;

/**
 * ClickHouse ≥ 24.5 (the scale-out events store), tested on the real engine (26.7) through chdb.
 * 24.5 because the compilers join on time ranges (`s.ts >= a.t1` in JOIN ON), which older
 * releases cannot do, and paths use `groupArraySorted` (24.2).
 *
 * - Parameters are named and typed in the text (`{p3:String}`); the driver sends `params[2]` as
 *   `p3`. The server substitutes them as constants, so a bound zone or JSON path may appear
 *   where ClickHouse wants a constant (time-zone arguments, tuple types).
 * - Timestamps are `DateTime64(3|6, 'UTC')`; a bound instant is UTC text.
 * - JSON documents are `String` columns read with the JSONExtract* functions. Those take a path
 *   as separate key arguments, so a bound path is a JSON array of keys and the SQL spells out one
 *   branch per depth; the depth is a constant, so the engine keeps a single branch.
 * - `-If` aggregates are used with `OrNull`: ClickHouse otherwise answers an empty group with the
 *   type's default (0, nan, 1970-01-01) where SQL (and DuckDB) give NULL.
 *
 * The shared SQL assumes standard semantics that ClickHouse gives only with settings: unmatched
 * LEFT JOIN columns and aggregates over no rows are NULL, and a column name wins over a SELECT
 * alias. The ClickHouse store's drivers set them on every query (DRIVER_SETTINGS in
 * store/clickhouse/clickhouse-driver.ts).
 *
 * Capabilities: `windowFunnel` exists, but it cannot give this funnel's answer, so the flag is
 * off and the compiler's plain-SQL strategy runs. windowFunnel returns only the furthest level
 * (on 1M random events its levels matched our per-step counts when every step has its own event
 * and there are no exclusions), but every funnel result also reports conversion times, from the
 * earliest attempt that got furthest, and windowFunnel has none; its chains keep the latest
 * step-1 event, so even its chain would give other times. One event matching two steps fills
 * both (ours need different events; clickhouse-dialect.test.ts shows it), and it has no
 * exclusions. `fastTimeZones`: ClickHouse converts through per-zone lookup tables.
 * `arrayLambdas`: a person's events as arrays searched with lambdas beat range self-joins, which
 * ClickHouse runs as hash joins on the person filtered afterwards (funnel-array-attempts.ts).
 */
export class ClickHouseDialect extends BaseDialect {
  readonly name = 'clickhouse';
  readonly capabilities = { nativeWindowFunnel: false, fastTimeZones: true, arrayLambdas: true };

  placeholder(index: number, type: ParamType): string {
    return `{p${integer(index)}:${PARAM_TYPE[type]}}`;
  }

  timestampValue(at: Date): SqlValue {
    return at.toISOString().replace('T', ' ').replace('Z', '');
  }

  /** The keys as a JSON array (`["address","city"]`): any key, quotes and all, survives intact. */
  jsonPathValue(keys: readonly string[]): string {
    if (keys.length < 1 || keys.length > MAX_JSON_DEPTH)
      throw new Error(`A JSON path has 1 to ${MAX_JSON_DEPTH} keys, not ${keys.length}`);
    return JSON.stringify(keys);
  }

  jsonText(jsonExpr: string, pathExpr: string): string {
    return rawToText(jsonRaw(jsonExpr, pathExpr));
  }

  jsonContains(jsonExpr: string, pathExpr: string, needleExpr: string): string {
    return readOnce(
      jsonRaw(jsonExpr, pathExpr),
      'jc',
      (raw) => `if(startsWith(${raw}, '['),
      has(arrayMap(x -> ${rawToText('x')}, JSONExtractArrayRaw(${raw})), ${needleExpr}),
      ${this.containsText(rawToText(raw), needleExpr)})`,
    );
  }

  /** `JSONExtractArrayRaw` gives `[]` for anything but an array, and arrayJoin of `[]` no rows. */
  jsonArrayElements(jsonExpr: string, pathExpr: string): string {
    return `arrayJoin(JSONExtractArrayRaw(${jsonRaw(jsonExpr, pathExpr)}))`;
  }

  containsText(textExpr: string, needleExpr: string): string {
    return `(position(lowerUTF8(${textExpr}), lowerUTF8(${needleExpr})) > 0)`;
  }

  toFloat(textExpr: string): string {
    return `toFloat64OrNull(${textExpr})`;
  }

  addSeconds(tsExpr: string, secondsExpr: string): string {
    return `addMicroseconds(${tsExpr}, toInt64(round((${secondsExpr}) * 1000000)))`;
  }

  secondsBetween(fromExpr: string, toExpr: string): string {
    return `((${this.epochMicros(toExpr)} - ${this.epochMicros(fromExpr)}) / 1000000.0)`;
  }

  /** Through DateTime64(6), so plain DateTime and DateTime64 of any precision all work. */
  epochMicros(tsExpr: string): string {
    return `toUnixTimestamp64Micro(toDateTime64(${tsExpr}, 6, 'UTC'))`;
  }

  timestampFromMicros(microsExpr: string): string {
    return `fromUnixTimestamp64Micro(${microsExpr}, 'UTC')`;
  }

  /**
   * ClickHouse's date functions take the zone as an argument and work in local time:
   * `toStartOfDay`/`toStartOfHour` return the local bucket's start as an instant; weeks
   * (`toStartOfWeek` mode 1: Monday, mode 0: Sunday) and months return a local date, whose
   * midnight in the zone is the instant. The result is shown as UTC, like DuckDB's.
   */
  timeBucket(tsExpr: string, interval: Interval, zoneExpr: string): string {
    const ts = `toDateTime64(${tsExpr}, 6, 'UTC')`;
    let start: string;
    switch (interval.unit) {
      case 'hour':
        start = `toStartOfHour(${ts}, ${zoneExpr})`;
        break;
      case 'day':
        start = `toStartOfDay(${ts}, ${zoneExpr})`;
        break;
      case 'week':
        start = `toDateTime(toStartOfWeek(${ts}, ${interval.weekStart === 'sunday' ? 0 : 1}, ${zoneExpr}), ${zoneExpr})`;
        break;
      case 'month':
        start = `toDateTime(toStartOfMonth(${ts}, ${zoneExpr}), ${zoneExpr})`;
        break;
    }
    return `toDateTime64(${start}, 6, 'UTC')`;
  }

  override countIf(cond: string): string {
    return `countIf(${cond})`;
  }

  override avgIf(valueExpr: string, cond: string): string {
    return `avgOrNullIf(${valueExpr}, ${cond})`;
  }

  /** `quantileExactInclusive` interpolates like DuckDB's `quantile_cont`: the mean of the middle two. */
  medianIf(valueExpr: string, cond: string): string {
    return `quantileExactInclusiveOrNullIf(0.5)(${valueExpr}, ${cond})`;
  }

  override minIf(valueExpr: string, cond: string): string {
    return `minOrNullIf(${valueExpr}, ${cond})`;
  }

  /** `groupArray` skips NULLs, which sort last in DuckDB's list, so the n-th value agrees. */
  nthSmallestIf(valueExpr: string, cond: string, n: number): string {
    return this.listElement(`arraySort(groupArrayIf(${valueExpr}, ${cond}))`, n);
  }

  sortedListIf(valueExpr: string, cond: string, limitExpr: string): string {
    return `arraySlice(arraySort(groupArrayIf(${valueExpr}, ${cond})), 1, ${limitExpr})`;
  }

  /**
   * A named tuple. `tuple(a AS x)` keeps no names before 24.x, so the tuple is cast to a named
   * tuple type built from `toTypeName`, which the engine folds to a constant.
   */
  record(fields: Record<string, string>): string {
    const entries = Object.entries(fields);
    const type = entries.map(
      ([name, expr], i) => `'${i > 0 ? ', ' : ''}${identifier(name)} ', toTypeName(${expr})`,
    );
    return `CAST(tuple(${entries.map(([, expr]) => expr).join(', ')}), concat('Tuple(', ${type.join(', ')}, ')'))`;
  }

  field(recordExpr: string, name: string): string {
    return `tupleElement(${recordExpr}, '${identifier(name)}')`;
  }

  argMin(valueExpr: string, keyExpr: string): string {
    return `argMin(${valueExpr}, ${keyExpr})`;
  }

  argMax(valueExpr: string, keys: readonly string[]): string {
    return `argMax(${valueExpr}, ${keys.length === 1 ? keys[0] : `tuple(${keys.join(', ')})`})`;
  }

  /** `arraySort` puts NULLs last, as the DuckDB dialect does. */
  sortedNonNull(exprs: readonly string[]): string {
    return `arraySort([${exprs.join(', ')}])`;
  }

  /**
   * `groupArraySorted(n)` keeps a bounded heap per group, ascending (as DuckDB's `min(x, n)`);
   * the n largest are the n smallest of the negated values, negated back and reversed.
   */
  override sortedValues(valueExpr: string, n: number, which: 'smallest' | 'largest'): string {
    const top = integer(n);
    return which === 'smallest'
      ? `groupArraySorted(${top})(${valueExpr})`
      : `arrayReverse(arrayMap(x -> -x, groupArraySorted(${top})(-(${valueExpr}))))`;
  }

  /** `groupArrayIf` gives `[]` for no rows, also under `aggregate_functions_null_for_empty`. */
  override collectSortedIf(valueExpr: string, cond: string): string {
    return `arraySort(groupArrayIf(${valueExpr}, ${cond}))`;
  }

  /** ClickHouse shares identical subexpressions of a SELECT, so a repeated index is computed once. */
  override firstIndexWhere(listExpr: string, param: string, predicate: string): string {
    return `arrayFirstIndex(${identifier(param)} -> ${predicate}, ${listExpr})`;
  }

  override elementAt(listExpr: string, indexExpr: string): string {
    return `arrayElement(${listExpr}, ${indexExpr})`;
  }

  override unnest(listExpr: string): string {
    return `arrayJoin(${listExpr})`;
  }

  /** The list without its last element beside the list without its first: each element's successor. */
  override countAdjacentWhere(
    listExpr: string,
    prevParam: string,
    nextParam: string,
    predicate: string,
  ): string {
    const [p, n] = [identifier(prevParam), identifier(nextParam)];
    return `arrayCount((${p}, ${n}) -> ${predicate}, arrayPopBack(${listExpr}), arrayPopFront(${listExpr}))`;
  }

  /**
   * `lagInFrame` over a frame of the rows so far (ClickHouse's `lag` follows the frame, and
   * exists only from 24.x); on Nullable input its default for the first row is NULL, not 0.
   */
  override previousInWindow(valueExpr: string, windowSpec: string): string {
    return `lagInFrame(toNullable(${valueExpr})) OVER (${windowSpec} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
  }

  /** The framed min, on Nullable input so that an empty frame (the last row) gives NULL, not 0. */
  override minOfFollowing(valueExpr: string, windowSpec: string): string {
    return `min(toNullable(${valueExpr})) OVER (${windowSpec} ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)`;
  }

  /** ClickHouse answers an index past the end with the default value; SQL wants NULL. */
  listElement(listExpr: string, index: number): string {
    const i = integer(index);
    return `if(length(${listExpr}) >= ${i}, toNullable(arrayElement(${listExpr}, ${i})), NULL)`;
  }
}

/**
 * The raw JSON text at a bound path (`''` when absent): one JSONExtractRaw branch per depth,
 * since its keys are separate arguments. The depth comes from a bound constant, so ClickHouse
 * folds the branch choice away.
 */
function jsonRaw(jsonExpr: string, pathExpr: string): string {
  const keys = `JSONExtract(${pathExpr}, 'Array(String)')`;
  const branches: string[] = [];
  for (let depth = 1; depth <= MAX_JSON_DEPTH; depth++) {
    const args = Array.from({ length: depth }, (_, i) => `${keys}[${i + 1}]`).join(', ');
    const extract = `JSONExtractRaw(${jsonExpr}, ${args})`;
    branches.push(depth < MAX_JSON_DEPTH ? `length(${keys}) = ${depth}, ${extract}` : extract);
  }
  return `multiIf(${branches.join(', ')})`;
}

/** Raw JSON text as DuckDB's json_extract_string gives it: strings unquoted, null and absent NULL. */
function rawToText(raw: string): string {
  return readOnce(
    raw,
    'jr',
    (r) => `multiIf(${r} IN ('', 'null'), NULL, startsWith(${r}, '"'), JSONExtractString(${r}), ${r})`,
  );
}

/**
 * `body` with `valueExpr` computed once and read as `param` (a compiler-made name). ClickHouse
 * computes an expression written several times in one query once, for every row, before
 * any `CASE`/`if` around it picks rows: a property filter guarded by its event name (see
 * binding-match.ts) then parsed the JSON of every event. Inside a lambda over a one-element
 * array the value stays in the guarded branch: on 10M events (3M of the filtered name, chdb,
 * 2 cores) a guarded path filter took 0.5 s instead of 1.05 s.
 */
function readOnce(valueExpr: string, param: string, body: (p: string) => string): string {
  const p = identifier(param);
  return `arrayElement(arrayMap(${p} -> ${body(p)}, [${valueExpr}]), 1)`;
}

/** Compiler-made names only (`t1`, `reach`); anything else is a bug, caught before it is SQL. */
function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a compiler identifier: ${name}`);
  return name;
}

function integer(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`Not a positive integer: ${n}`);
  return String(n);
}

export const clickhouseDialect = new ClickHouseDialect();
