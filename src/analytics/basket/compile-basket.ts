import type { BasketSpec } from '../spec/basket-spec.ts';
import { readsTraits } from '../spec/reads-traits.ts';
import { propertyPath } from '../spec/where-filter.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import { compileWhere, type FilterContext, type PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { stitchedEvents } from '../sql/stitched-events.ts';

export interface BasketCompileOptions {
  workspaceId: string;
  /** Segment rules of the personas the spec names (see resolvePersonas). */
  personas?: PersonaRules;
}

/**
 * The baskets of a basket spec as one SQL query returning distinct `(basket, item)` rows,
 * ordered by basket, so the miner reads each basket as one run of rows. The engine finds the
 * purchase events, reads the basket key and unnests the products list; an item repeated in a
 * basket (two lines of one product, or the same product in two events of one order) comes back
 * once. Purchases without a basket key or without items give no rows. Mining is in TS
 * (fp-growth.ts): frequent-itemset search is not a thing SQL does well.
 *
 * Example: `compileBasket(spec, duckdbDialect, { workspaceId: 'default' })` → `{ sql, params }`.
 */
export function compileBasket(spec: BasketSpec, dialect: Dialect, opts: BasketCompileOptions): CompiledQuery {
  const q = new BoundParams(dialect);
  const d = dialect;
  const src = stitchedEvents(q, opts.workspaceId, { withTraits: readsTraits(spec) });
  const c = src.columns;
  const fctx: FilterContext = { q, columns: c, personas: opts.personas ?? new Map() };
  const property = (name: Parameters<typeof propertyPath>[0], json = c.properties) =>
    d.jsonText(json, q.bindJsonPath(propertyPath(name)));

  const where = [src.where, `${c.event} = ${q.bind(spec.purchase.event, 'text')}`];
  if (spec.purchase.where.length > 0) where.push(compileWhere(spec.purchase.where, fctx));
  if (spec.range) {
    where.push(`${c.timestamp} >= ${q.bindTime(new Date(spec.range.from))}`);
    where.push(`${c.timestamp} < ${q.bindTime(new Date(spec.range.to))}`);
  }
  if (spec.where.length > 0) where.push(compileWhere(spec.where, fctx));

  let basket: string;
  switch (spec.basket.by) {
    case 'event':
      basket = c.messageId;
      break;
    case 'person':
      basket = c.person;
      break;
    case 'property':
      basket = property(spec.basket.name);
      break;
  }

  const ctes: string[] = [];
  if (spec.items.from === 'products') {
    ctes.push(`ev AS (
  SELECT ${basket} AS basket, ${d.jsonArrayElements(c.properties, q.bindJsonPath(propertyPath(spec.items.list)))} AS el
  FROM ${src.from}
  WHERE ${where.join('\n    AND ')}
)`);
    ctes.push(`li AS (SELECT basket, ${property(spec.items.key, 'el')} AS item FROM ev)`);
  } else {
    ctes.push(`li AS (
  SELECT ${basket} AS basket, ${property(spec.items.name)} AS item
  FROM ${src.from}
  WHERE ${where.join('\n    AND ')}
)`);
  }
  return q.query(`WITH ${ctes.join(',\n')}
SELECT DISTINCT basket, item FROM li
WHERE basket IS NOT NULL AND item IS NOT NULL
ORDER BY basket, item`);
}
