/**
 * `journeylens basket FILE.csv`: the contract (JSON fields, errors naming the flag or the line,
 * nothing on stdout when it fails). The mining itself is tested in src/analytics/basket and on
 * Groceries in basket-groceries.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const cli = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/journeylens.js', 'basket', ...args],
      { cwd: ROOT },
      (err, stdout, stderr) => {
        resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : null, stdout, stderr });
      },
    );
  });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'basket-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('journeylens basket', () => {
  it('prints transactions, items, itemsets and rules with every measure', async () => {
    // The textbook baskets of Tan, Steinbach & Kumar (Table 6.1); at 3 of 5 baskets and
    // confidence 0.9 only beer ⇒ diapers holds (3/3); diapers ⇒ beer has 3/4.
    const file = join(dir, 'textbook.csv');
    await writeFile(
      file,
      'bread,milk\nbread,diapers,beer,eggs\nmilk,diapers,beer,cola\nbread,milk,diapers,beer\nbread,milk,diapers,cola\n',
    );
    const run = await cli([file, '--min-support', '0.6', '--min-confidence', '0.9']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.transactions).toBe(5);
    expect(out.items).toBe(6);
    expect(out.itemsets).toHaveLength(8);
    expect(out.rules).toEqual([
      {
        antecedent: ['beer'],
        consequent: ['diapers'],
        support: 0.6,
        confidence: 1,
        lift: 1 / 0.8,
        leverage: 0.6 - 0.6 * 0.8,
        conviction: null, // infinite: confidence 1
        count: 3,
      },
    ]);
  });

  it('names the flag of a threshold outside 0 … 1, and prints nothing on stdout', async () => {
    const run = await cli(['test/fixtures/groceries.csv', '--min-confidence', '1.2']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--min-confidence: Must be between 0 and 1');
  });

  it('names the line of a malformed file, and prints nothing on stdout', async () => {
    const file = join(dir, 'broken.csv');
    await writeFile(file, 'milk,bread\nmilk\n"eggs,tea\n');
    const run = await cli([file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'broken.csv: line 3: not valid CSV: the quote that opens field 1 is never closed',
    );
  });
});
