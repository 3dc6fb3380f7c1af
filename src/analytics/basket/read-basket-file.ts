import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { BasketCsvError, BasketCsvParser } from './basket-csv-parser.ts';
import { type BasketTransactions, TransactionsBuilder } from './basket-transactions.ts';

/** A basket file that cannot be read as baskets, with the (1-based) line at fault. */
export class BasketFileError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'BasketFileError';
  }
}

export interface ReadBasketsOptions {
  /** Skip the first line (column names). */
  header?: boolean;
  /** Drop spaces around items (`milk, bread`). Off by default: CSV (RFC 4180) keeps them. */
  trim?: boolean;
  /** Called now and then with the bytes read so far and the file's size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Reads a transactions file — one basket per line, items separated by commas, the common
 * export of market-basket data (e.g. the Groceries data set of R's arules) — streaming, into
 * encoded baskets. CSV quoting works (`"nuts, salted",beer`); an item repeated on one line counts
 * once. Items are kept exactly as written, as CSV (RFC 4180) and arules do — Groceries has
 * `cream cheese ` with its trailing space — unless `trim` is set.
 *
 * Rejected with a BasketFileError naming the line: a quoting error, an empty item (`a,,b` or a
 * trailing comma: a broken export, not a basket to guess at), an empty line between baskets
 * (a basket without items), a file without baskets. Empty lines at the very end are allowed.
 *
 * @example const baskets = await readBasketFile('groceries.csv'); // baskets.size === 9835
 */
export async function readBasketFile(
  path: string,
  opts: ReadBasketsOptions = {},
): Promise<BasketTransactions> {
  const totalBytes = (await stat(path)).size;
  const builder = new TransactionsBuilder();
  let blankLine: number | null = null;
  const parser = new BasketCsvParser((record, line) => {
    if (opts.header && line === 1) return;
    const parsed = basketOf(record, opts.trim ?? false);
    if ('blank' in parsed) {
      blankLine ??= line;
      return;
    }
    if (blankLine !== null)
      throw new BasketFileError(blankLine, 'empty line: a basket needs at least one item');
    if ('error' in parsed) throw new BasketFileError(line, parsed.error);
    builder.add(parsed.items);
  });
  const source = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of source as AsyncIterable<string>) {
      parser.push(chunk);
      opts.onProgress?.(source.bytesRead, totalBytes);
    }
    parser.end();
  } catch (err) {
    if (err instanceof BasketCsvError) throw new BasketFileError(err.line, `not valid CSV: ${err.reason}`);
    throw err;
  } finally {
    source.destroy();
  }
  opts.onProgress?.(totalBytes, totalBytes);
  if (builder.basketCount === 0) throw new BasketFileError(1, 'the file holds no baskets');
  return builder.build();
}

/**
 * The items of one line, `blank` for an empty line, or why the line is not a basket. An item of
 * nothing but spaces is empty. `basketOf([' milk', 'bread '], true)` → `{ items: ['milk',
 * 'bread'] }`; `basketOf(['milk', ''], false)` → `{ error: 'empty item in field 2 of 2 …' }`.
 */
export function basketOf(
  record: readonly string[],
  trim: boolean,
): { items: string[] } | { blank: true } | { error: string } {
  if (record.length === 1 && record[0]!.trim() === '') return { blank: true };
  const items: string[] = [];
  for (const [i, field] of record.entries()) {
    const item = trim ? field.trim() : field;
    if (item.trim() === '')
      return {
        error: `empty item in field ${i + 1} of ${record.length} (two commas in a row, or a comma at the end)`,
      };
    items.push(item);
  }
  return { items };
}
