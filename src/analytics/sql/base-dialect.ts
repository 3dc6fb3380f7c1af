import type { Interval } from '../spec/interval.ts';
import type { Dialect, DialectCapabilities, ParamType, SqlValue } from './dialect.ts';

/**
 * The SQL most engines share (standard aggregate FILTER clauses, COALESCE). An engine's dialect
 * extends this and overrides only what it spells differently, as kysely's dialects do.
 */
export abstract class BaseDialect implements Dialect {
  abstract readonly name: string;
  abstract readonly capabilities: DialectCapabilities;

  abstract placeholder(index: number, type: ParamType): string;
  abstract timestampValue(at: Date): SqlValue;
  abstract jsonPathValue(keys: readonly string[]): string;
  abstract jsonText(jsonExpr: string, pathExpr: string): string;
  abstract jsonContains(jsonExpr: string, pathExpr: string, needleExpr: string): string;
  abstract jsonArrayElements(jsonExpr: string, pathExpr: string): string;
  abstract containsText(textExpr: string, needleExpr: string): string;
  abstract toFloat(textExpr: string): string;
  abstract addSeconds(tsExpr: string, secondsExpr: string): string;
  abstract secondsBetween(fromExpr: string, toExpr: string): string;
  abstract epochMicros(tsExpr: string): string;
  abstract timestampFromMicros(microsExpr: string): string;
  abstract timeBucket(tsExpr: string, interval: Interval, zoneExpr: string): string;
  abstract medianIf(valueExpr: string, cond: string): string;
  abstract nthSmallestIf(valueExpr: string, cond: string, n: number): string;
  abstract sortedListIf(valueExpr: string, cond: string, limitExpr: string): string;
  abstract record(fields: Record<string, string>): string;
  abstract field(recordExpr: string, name: string): string;
  abstract argMin(valueExpr: string, keyExpr: string): string;
  abstract argMax(valueExpr: string, keys: readonly string[]): string;
  abstract sortedNonNull(exprs: readonly string[]): string;
  abstract listElement(listExpr: string, index: number): string;

  /** Paths need a bounded top-n aggregate, which has no portable spelling. */
  sortedValues(_valueExpr: string, _n: number, _which: 'smallest' | 'largest'): string {
    throw new Error(`The ${this.name} dialect has no sortedValues yet, which paths need`);
  }

  /** Lists with lambdas: only for dialects declaring `arrayLambdas`. */
  collectSortedIf(_valueExpr: string, _cond: string): string {
    return this.noArrayLambdas();
  }

  firstIndexWhere(_listExpr: string, _param: string, _predicate: string): string {
    return this.noArrayLambdas();
  }

  elementAt(_listExpr: string, _indexExpr: string): string {
    return this.noArrayLambdas();
  }

  unnest(_listExpr: string): string {
    return this.noArrayLambdas();
  }

  countAdjacentWhere(_listExpr: string, _prevParam: string, _nextParam: string, _predicate: string): string {
    return this.noArrayLambdas();
  }

  private noArrayLambdas(): never {
    throw new Error(`The ${this.name} dialect does not declare arrayLambdas`);
  }

  isNotTrue(cond: string): string {
    return `NOT COALESCE(${cond}, FALSE)`;
  }

  previousInWindow(valueExpr: string, windowSpec: string): string {
    return `lag(${valueExpr}) OVER (${windowSpec})`;
  }

  minOfFollowing(valueExpr: string, windowSpec: string): string {
    return `min(${valueExpr}) OVER (${windowSpec} ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)`;
  }

  smallestOf(exprs: readonly string[]): string {
    return exprs.length === 1 ? exprs[0]! : this.listElement(this.sortedNonNull(exprs), 1);
  }

  countIf(cond: string): string {
    return `count(*) FILTER (WHERE ${cond})`;
  }

  avgIf(valueExpr: string, cond: string): string {
    return `avg(${valueExpr}) FILTER (WHERE ${cond})`;
  }

  minIf(valueExpr: string, cond: string): string {
    return `min(${valueExpr}) FILTER (WHERE ${cond})`;
  }
}
