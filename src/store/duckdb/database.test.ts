import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from './database.ts';

describe('SerialConnection transactions begun ahead', () => {
  let db: Database;
  beforeEach(async () => {
    db = await Database.open(':memory:');
    await db.meta.run('CREATE TABLE t (n INTEGER)');
  });
  afterEach(async () => {
    await db.close();
  });

  const count = async () => Number((await db.read.one('SELECT count(*) AS n FROM t'))?.n);

  it('commits each transaction for every other connection to see before it resolves', async () => {
    for (let i = 1; i <= 3; i++) {
      await db.ingest.transaction((conn) => conn.run('INSERT INTO t VALUES (1)'), { beginAhead: true });
      expect(await count()).toBe(i);
    }
  });

  it('runs a later statement outside any transaction: no BEGIN is left open under it', async () => {
    await db.ingest.transaction((conn) => conn.run('INSERT INTO t VALUES (1)'), { beginAhead: true });
    // Would fail with "cannot start a transaction within a transaction" inside the one begun ahead.
    await db.ingest.run('BEGIN TRANSACTION');
    await db.ingest.run('INSERT INTO t VALUES (2)');
    await db.ingest.run('COMMIT');
    expect(await count()).toBe(2);
  });

  it('rolls back a failing transaction that took over a begun one, and carries on', async () => {
    await db.ingest.transaction((conn) => conn.run('INSERT INTO t VALUES (1)'), { beginAhead: true });
    await expect(
      db.ingest.transaction(
        async (conn) => {
          await conn.run('INSERT INTO t VALUES (2)');
          throw new Error('write failed');
        },
        { beginAhead: true },
      ),
    ).rejects.toThrow('write failed');
    expect(await count()).toBe(1);
    await db.ingest.transaction((conn) => conn.run('INSERT INTO t VALUES (3)'), { beginAhead: true });
    expect(await count()).toBe(2);
  });
});
