import { BasketThresholdsSchema } from '../analytics/basket/basket-thresholds.ts';
import { mineBaskets } from '../analytics/basket/mine-baskets.ts';
import { BasketFileError, readBasketFile } from '../analytics/basket/read-basket-file.ts';
import { createProgressDisplay } from '../ingest/import/progress.ts';

export interface BasketCommandOptions {
  minSupport?: string;
  minConfidence?: string;
  minLift?: string;
  maxLength?: string;
  maxConsequentLength?: string;
  limit?: string;
  header?: boolean;
  trim?: boolean;
  pretty?: boolean;
}

/** Each threshold's flag, so an error names what the user typed. */
const FLAGS = {
  minSupport: '--min-support',
  minConfidence: '--min-confidence',
  minLift: '--min-lift',
  maxLength: '--max-length',
  maxConsequentLength: '--max-consequent-length',
} as const;

/**
 * `journeylens basket FILE.csv --min-support S --min-confidence C`: frequent itemsets and
 * association rules of a transactions file (one basket per line), printed as one JSON object on
 * stdout (see BasketResult). Progress goes to stderr; nothing is printed unless the whole file
 * was read and mined, and a bad threshold or a bad line stops it with the flag or line named.
 */
export async function basketCommand(file: string, opts: BasketCommandOptions): Promise<void> {
  const input: Record<string, number> = {};
  for (const [field, flag] of Object.entries(FLAGS)) {
    const text = opts[field as keyof typeof FLAGS];
    if (text !== undefined) input[field] = parseNumber(text, flag);
  }
  const thresholds = BasketThresholdsSchema.safeParse(input);
  if (!thresholds.success) {
    const issue = thresholds.error.issues[0]!;
    const flag = FLAGS[issue.path[0] as keyof typeof FLAGS] ?? String(issue.path[0]);
    throw new Error(`${flag}: ${issue.message}`);
  }
  const limit = opts.limit === undefined ? undefined : parseNumber(opts.limit, '--limit');
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
    throw new Error('--limit: Must be a whole number of at least 0');

  const progress = createProgressDisplay({ label: 'basket' });
  let transactions: Awaited<ReturnType<typeof readBasketFile>>;
  try {
    transactions = await readBasketFile(file, {
      header: opts.header,
      trim: opts.trim,
      onProgress: (done, total) => progress.update(done, total, 'bytes'),
    });
  } catch (err) {
    if (err instanceof BasketFileError) throw new Error(`${file}: ${err.message}`);
    throw err;
  } finally {
    progress.stop();
  }
  const result = mineBaskets(transactions, thresholds.data, { limit });
  console.log(JSON.stringify(result, null, opts.pretty ? 2 : undefined));
}

/** A plain decimal number (`0.01`, `1e-3`); anything else (``, `abc`, `0x10`) names the flag. */
function parseNumber(text: string, flag: string): number {
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text))
    throw new Error(`${flag}: Must be a number, not "${text}"`);
  return Number(text);
}
