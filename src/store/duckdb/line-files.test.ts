import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../ingest/import/test-helpers.ts';
import { writeLineFiles } from './line-files.ts';

describe('writeLineFiles', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    tmp = await makeTempDir();
  });
  afterAll(() => tmp.remove());

  const lines = (count: number, width: number) =>
    Buffer.from(Array.from({ length: count }, (_, i) => `${String(i).padStart(width, '0')}\n`).join(''));

  it('cuts lines into up to four files of at least a megabyte, at line ends, in order', () => {
    // 350,000 lines of 10 bytes: 3,500,000 bytes, three whole megabytes (of 1,048,576) → three files.
    const bytes = lines(350_000, 9);
    const paths = writeLineFiles(join(tmp.dir, 'ids'), bytes);
    expect(paths).toEqual([0, 1, 2].map((i) => join(tmp.dir, `ids-${i}.txt`)));
    const parts = paths.map((p) => readFileSync(p));
    for (const part of parts) expect(part.at(-1)).toBe(0x0a);
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    // Ten megabytes still make four files.
    expect(writeLineFiles(join(tmp.dir, 'big'), lines(1_000_000, 9))).toHaveLength(4);
  });

  it('writes a small or empty text as one file', () => {
    const paths = writeLineFiles(join(tmp.dir, 'small'), Buffer.from('a\nb\n'));
    expect(paths).toHaveLength(1);
    expect(readFileSync(paths[0]!, 'utf8')).toBe('a\nb\n');
    const empty = writeLineFiles(join(tmp.dir, 'empty'), new Uint8Array(0));
    expect(empty).toHaveLength(1);
    expect(readFileSync(empty[0]!, 'utf8')).toBe('');
  });
});
