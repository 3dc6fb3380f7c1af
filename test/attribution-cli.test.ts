/**
 * `journeylens attribution FILE.csv`: the contract (JSON fields, model names, errors naming the
 * flag or the line, nothing on stdout when it fails). The models themselves are tested in
 * src/analytics/attribution.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEADER = 'path;total_conversions;total_conversion_value;total_null';

const cli = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/journeylens.js', 'attribution', ...args],
      { cwd: ROOT },
      (err, stdout, stderr) => {
        resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : null, stdout, stderr });
      },
    );
  });

let dir: string;
const file = async (name: string, text: string) => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attribution-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('journeylens attribution', () => {
  it('prints conversions, value, every model, removal effects and transitions', async () => {
    // S. Puzyrov's four paths (serhiipuzyrov.com, 2019), worked by hand in markov.test.ts:
    // removal effects google ads 0.75, mailing 0.5; Markov credits 2.4 and 1.6 of 4 conversions.
    // The two "google ads" lines are one path (2 conversions, 1 null) once merged.
    const path = await file(
      'puzyrov.csv',
      `${HEADER}\ngoogle ads;2;200;0\nmailing;1;50;0\ngoogle ads > mailing;1;100;0\ngoogle ads;0;0;1\n`,
    );
    const run = await cli([path, '--bootstrap', '0']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.conversions).toBe(4);
    expect(out.value).toBe(350);
    expect(Object.keys(out.models)).toEqual([
      'first_touch',
      'last_touch',
      'last_non_direct',
      'linear',
      'time_decay',
      'position_based',
      'markov',
      'shapley',
    ]);
    expect(out.models.last_touch).toEqual({ 'google ads': 2, mailing: 2 });
    expect(out.models.markov['google ads']).toBeCloseTo(2.4, 12);
    expect(out.models.markov.mailing).toBeCloseTo(1.6, 12);
    expect(out.removalEffects['google ads']).toBeCloseTo(0.75, 12);
    expect(out.transitions['(start)']).toEqual({ 'google ads': 0.8, mailing: 0.2 });
    expect(out.transitions['google ads']).toEqual({ '(conversion)': 0.5, '(null)': 0.25, mailing: 0.25 });
    // Shapley by hand: v(g) = 2, v(m) = 1, v(gm) = 4: φ(g) = ½·2 + ½·(4 − 1) = 2.5, φ(m) = 1.5.
    expect(out.models.shapley['google ads']).toBeCloseTo(2.5, 12);
    expect(out.models.shapley.mailing).toBeCloseTo(1.5, 12);
    expect(out.intervals).toBeUndefined();
  });

  it('runs only the models asked for, at the order asked for, with seeded bootstrap intervals', async () => {
    const path = await file('order.csv', `${HEADER}\na > c;10;100;10\nb > c;0;0;20\nc;5;50;15\n`);
    const run = await cli([
      path,
      '--models',
      'linear,markov',
      '--order',
      '2',
      '--bootstrap',
      '50',
      '--seed',
      '4',
    ]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out.models)).toEqual(['linear', 'markov']);
    expect(out.order).toBe(2);
    expect(out.models.markov.b).toBe(0);
    expect(Object.keys(out.intervals)).toEqual(['markov']);
    expect(out.intervals.markov.a.conversions[0]).toBeLessThanOrEqual(out.intervals.markov.a.conversions[1]);
    const again = await cli([
      path,
      '--models',
      'linear,markov',
      '--order',
      '2',
      '--bootstrap',
      '50',
      '--seed',
      '4',
    ]);
    expect(again.stdout).toBe(run.stdout);
  });

  it.each([
    [['--models', 'markov,lasttouch'], '--models: Must be one of: first_touch, last_touch'],
    [['--order', '5'], '--order: Must be at most 4'],
    [['--order', '0'], '--order: Must be at least 1'],
    [['--order', 'two'], '--order: Must be a number, not "two"'],
    [['--position-based', '0.7,0.5'], '--position-based: first + last must be at most 1'],
  ])('names the flag of a bad setting %j, and prints nothing', async (args, message) => {
    const path = await file('ok.csv', `${HEADER}\na;1;1;1\n`);
    const run = await cli([path, ...args]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it.each([
    ['wrong column count', `${HEADER}\na > b;1;2;3\na > c;1;2\n`, 'line 3: expected 4 columns'],
    [
      'non-numeric count',
      `${HEADER}\na;1;2;3\nb;one;2;3\n`,
      'line 3: total_conversions must be a number, not "one"',
    ],
    ['negative value', `${HEADER}\n\na;1;-2;3\n`, 'line 3: total_conversion_value must not be negative'],
    ['empty path', `${HEADER}\na;1;2;3\n ;1;2;3\n`, 'line 3: empty path'],
    ['empty channel', `${HEADER}\na >  > b;1;2;3\n`, 'line 2: empty channel at position 2'],
    ['missing header', 'a > b;1;2;3\n', 'line 1: expected the header path;total_conversions'],
    [
      'comma-separated',
      'path,total_conversions,total_conversion_value,total_null\na,1,2,3\n',
      'line 1: expected the header',
    ],
    ['header only', `${HEADER}\n`, 'no paths'],
  ])('rejects a file with a %s, naming the line', async (_, text, message) => {
    const path = await file('bad.csv', text);
    const run = await cli([path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${path}: `);
    expect(run.stderr).toContain(message);
  });
});
