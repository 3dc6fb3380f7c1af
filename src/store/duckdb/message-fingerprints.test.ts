import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { FingerprintSet, fingerprintSql, messageFingerprint } from './message-fingerprints.ts';

describe('FingerprintSet', () => {
  it('holds what was added, once, and nothing else — also after growing many times', () => {
    const set = new FingerprintSet();
    const added: [number, number][] = [];
    // Low halves that collide in a small table (multiples of 1024) exercise the probing.
    for (let i = 0; i < 20_000; i++) added.push([(i * 1024) >>> 0, i % 7]);
    for (const [low, high] of added) set.add(low, high);
    for (const [low, high] of added) set.add(low, high);
    expect(set.size).toBe(20_000);
    expect(added.every(([low, high]) => set.has(low, high))).toBe(true);
    expect(set.has(1024, 2)).toBe(false); // 1024 was added with high half 1
    expect(set.has(20_000 * 1024, 0)).toBe(false);
  });

  it('tells apart fingerprints that differ only in the high half, and keeps (0, 0)', () => {
    const set = new FingerprintSet();
    set.add(0, 0);
    set.add(7, 0);
    expect(set.has(0, 0)).toBe(true);
    expect(set.has(7, 0)).toBe(true);
    expect(set.has(7, 1)).toBe(false);
    expect(set.has(0, 2)).toBe(false);
    expect(set.has(0xffffffff, 0)).toBe(false);
    expect(set.size).toBe(2);
  });
});

describe('message fingerprints', () => {
  it('are the same whether Node computes them or DuckDB does, for any text', async () => {
    const pairs: [string, string][] = [
      ['default', 'msg-1'],
      ['3f1c9a4e-6a7b-4c2d-9e8f-0a1b2c3d4e5f', 'file-123456'],
      ['w', 'zażółć gęślą jaźń 🛒'],
      ['w', ''],
      ['w', 'quote\'s "and" \\ back\nslash'],
    ];
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      for (const [workspaceId, messageId] of pairs) {
        const row = (
          await conn.runAndReadAll(`SELECT ${fingerprintSql('$1', '$2')}`, [workspaceId, messageId])
        ).getRowObjectsJS()[0]!;
        expect([row.fp_low, row.fp_high]).toEqual(messageFingerprint(workspaceId, messageId));
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('separate the workspace from the message id, so ("ab", "c") is not ("a", "bc")', () => {
    expect(messageFingerprint('ab', 'c')).not.toEqual(messageFingerprint('a', 'bc'));
  });
});
