import type { AnalyticsReader } from '../../store/store.ts';
import type { BasketSpec } from '../spec/basket-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import type { BasketResult } from './basket-result.ts';
import { TransactionsBuilder } from './basket-transactions.ts';
import { compileBasket } from './compile-basket.ts';
import { mineBaskets } from './mine-baskets.ts';

/**
 * Reads the baskets of a validated spec from the store (SQL per dialect) and mines them (TS).
 * Example: `await runBasket(store.analytics, 'default', spec, new Map())` →
 * `{ transactions: 812, items: 24, itemsets: [...], rules: [...], … }`.
 */
export async function runBasket(
  reader: AnalyticsReader,
  workspaceId: string,
  spec: BasketSpec,
  personas: PersonaRules,
): Promise<BasketResult> {
  const { sql, params } = compileBasket(spec, reader.dialect, { workspaceId, personas });
  const rows = await reader.all(sql, params);
  const builder = new TransactionsBuilder();
  let current: string | undefined;
  let items: string[] = [];
  // Rows come ordered by basket: each run of one basket key is one basket.
  for (const row of rows) {
    const basket = String(row.basket);
    if (basket !== current) {
      builder.add(items);
      items = [];
      current = basket;
    }
    items.push(String(row.item));
  }
  builder.add(items);
  return mineBaskets(builder.build(), spec, { limit: spec.limit });
}
