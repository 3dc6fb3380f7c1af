import { z } from 'zod';

const share = (what: string) =>
  z
    .number({ error: `Must be a number between 0 and 1 (${what})` })
    .min(0, 'Must be between 0 and 1')
    .max(1, 'Must be between 0 and 1');

/**
 * What makes an itemset frequent and a rule worth reporting; shared by the `basket` query spec
 * and `journeylens basket`. Supports and confidences are shares (0 … 1), as in R's arules.
 */
export const BasketThresholdsSchema = z.strictObject({
  /** Smallest share of baskets an itemset must be in. 0 is refused: every combination would be frequent. */
  minSupport: share('the share of baskets an itemset must be in')
    .refine((v) => v > 0, 'Must be greater than 0; 0 would make every combination of items frequent')
    .default(0.01),
  /** Smallest confidence of a rule: the share of the antecedent's baskets that hold the consequent. */
  minConfidence: share('the share of baskets with the antecedent that also hold the consequent').default(0.5),
  /** Smallest lift of a rule; none when absent (lift 1 means "bought together by chance"). */
  minLift: z.number({ error: 'Must be a number' }).min(0, 'Must be at least 0').optional(),
  /** Largest itemset (antecedent plus consequent) to look for; unlimited when absent. */
  maxLength: z
    .int('Must be a whole number')
    .min(1, 'Must be at least 1')
    .max(100, 'Must be at most 100')
    .optional(),
  /**
   * Largest consequent of a rule. Default 1, as R's arules (`apriori`) and most market-basket
   * tools report rules: "who buys X and Y also buys Z".
   */
  maxConsequentLength: z
    .int('Must be a whole number')
    .min(1, 'Must be at least 1')
    .max(10, 'Must be at most 10')
    .default(1),
});
export type BasketThresholds = z.infer<typeof BasketThresholdsSchema>;
export type BasketThresholdsInput = z.input<typeof BasketThresholdsSchema>;

/**
 * The fewest baskets out of `baskets` whose share reaches `minSupport`: the smallest whole `c`
 * with `c / baskets >= minSupport`, computed so that a share like 0.1 of 30 (3.0000000000000004
 * in floating point) gives 3, as the support the result reports would. Never below 1.
 * Example: `minCountFor(0.001, 9835)` → 10.
 */
export function minCountFor(minSupport: number, baskets: number): number {
  let c = Math.max(1, Math.ceil(minSupport * baskets));
  while (c > 1 && (c - 1) / baskets >= minSupport) c--;
  while (c / baskets < minSupport) c++;
  return c;
}
