import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BasketFileError, readBasketFile } from './read-basket-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baskets-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function read(text: string, opts: Parameters<typeof readBasketFile>[1] = {}) {
  const path = join(dir, `b${n++}.csv`);
  await writeFile(path, text);
  const tx = await readBasketFile(path, opts);
  const baskets: string[][] = [];
  for (let b = 0; b < tx.size; b++)
    baskets.push(
      Array.from(tx.items.subarray(tx.offsets[b]!, tx.offsets[b + 1]!), (id) => tx.itemNames[id]!),
    );
  return baskets;
}

async function failure(text: string, opts: Parameters<typeof readBasketFile>[1] = {}) {
  const err = await read(text, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BasketFileError);
  const { line, reason } = err as BasketFileError;
  return { line, reason };
}

describe('readBasketFile', () => {
  it('reads one basket per line, with CSV quoting, each item once per basket', async () => {
    expect(await read('milk,bread\n"nuts, salted",beer,beer\r\nmilk\n')).toEqual([
      ['milk', 'bread'],
      ['nuts, salted', 'beer'],
      ['milk'],
    ]);
  });

  it('keeps spaces in items unless asked to trim them', async () => {
    expect(await read('cream cheese ,milk\n')).toEqual([['cream cheese ', 'milk']]);
    expect(await read('milk, bread\n', { trim: true })).toEqual([['milk', 'bread']]);
  });

  it('skips a header line on request, and allows blank lines at the end and no final newline', async () => {
    expect(await read('items\nmilk,bread\n\n\n', { header: true })).toEqual([['milk', 'bread']]);
    expect(await read('milk')).toEqual([['milk']]);
  });

  it('rejects an empty line between baskets with its line number', async () => {
    expect(await failure('milk\nbread\n\neggs\n')).toEqual({
      line: 3,
      reason: 'empty line: a basket needs at least one item',
    });
  });

  it('rejects an empty item with its line and field', async () => {
    expect(await failure('milk\nbread,,eggs\n')).toEqual({
      line: 2,
      reason: 'empty item in field 2 of 3 (two commas in a row, or a comma at the end)',
    });
    expect((await failure('milk,\n')).line).toBe(1);
    expect((await failure('milk,  \n')).line).toBe(1);
  });

  it('rejects broken quoting with the line where it goes wrong', async () => {
    expect(await failure('milk\nbread\n"eggs"x,tea\n')).toEqual({
      line: 3,
      reason: 'not valid CSV: unexpected text after the closing quote of field 1',
    });
    expect(await failure('milk\n"bread,eggs\ntea\n')).toEqual({
      line: 2,
      reason: 'not valid CSV: the quote that opens field 1 is never closed',
    });
  });

  it('rejects a file without baskets', async () => {
    expect(await failure('')).toEqual({ line: 1, reason: 'the file holds no baskets' });
    expect(await failure('\n\n')).toEqual({ line: 1, reason: 'the file holds no baskets' });
  });

  it('reports progress up to the whole file', async () => {
    const seen: [number, number][] = [];
    await read('a,b\n'.repeat(25_000), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual([100_000, 100_000]);
  });
});
