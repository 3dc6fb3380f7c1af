import type { Dialect, ParamType, SqlValue } from './dialect.ts';

/** SQL text and the values of its numbered placeholders (`params[0]` is parameter 1). */
export interface CompiledQuery {
  sql: string;
  params: SqlValue[];
}

/**
 * Collects the values a query binds and hands out their placeholders, so compilers write
 * `q.bind(name, 'text')` wherever a value goes and no value is ever spliced into SQL text.
 * Placeholders are numbered, so one placeholder may appear several times in the text.
 */
export class BoundParams {
  readonly values: SqlValue[] = [];

  constructor(readonly dialect: Dialect) {}

  bind(value: SqlValue, type: ParamType): string {
    this.values.push(value);
    return this.dialect.placeholder(this.values.length, type);
  }

  /** An instant, e.g. a range bound. */
  bindTime(at: Date): string {
    return this.bind(this.dialect.timestampValue(at), 'timestamp');
  }

  /** A JSON path of keys, in the form the dialect's JSON functions take. */
  bindJsonPath(keys: readonly string[]): string {
    return this.bind(this.dialect.jsonPathValue(keys), 'text');
  }

  query(sql: string): CompiledQuery {
    return { sql, params: [...this.values] };
  }
}
