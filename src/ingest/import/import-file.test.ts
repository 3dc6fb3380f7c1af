import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, quotedString } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../types.ts';
import { importFile } from './import-file.ts';
import type { IngestSink } from './sink.ts';
import { makeTempDir, ValidatingSink } from './test-helpers.ts';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir();
});
afterAll(() => tmp.remove());

const track = (n: number, extra: object = {}) =>
  JSON.stringify({ type: 'track', event: 'Viewed', userId: `u${n}`, ...extra });

async function readSideFile(path: string | null): Promise<unknown[]> {
  if (path === null) throw new Error('expected a rejected-rows file');
  return (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('importFile', () => {
  it('imports NDJSON, writing bad lines with line numbers and reasons to the side file', async () => {
    const lines = [
      track(1), // 1 ok
      '{"type":"track","event":', // 2 not JSON
      '', // 3 blank: skipped, not a row
      '["not","an","object"]', // 4 array
      track(5, { timestamp: 'yesterday' }), // 5 rejected by validation
      track(6), // 6 ok
      JSON.stringify({ type: 'track', event: 'X' }), // 7 no user id
    ];
    const path = await tmp.file('mixed.ndjson', `${lines.join('\n')}\n`);
    const sink = new ValidatingSink();
    const summary = await importFile({ path, workspaceId: 'ws_1', sink, batchSize: 3 });

    expect(summary).toMatchObject({
      rows: 6,
      accepted: 2,
      rejected: 4,
      rejectedPath: `${path}.rejected.ndjson`,
    });
    expect(summary.reasons).toEqual({
      'not a JSON object': 1,
      'not valid JSON': 1,
      'timestamp: is not an ISO 8601 date-time': 1,
      'userId: userId or anonymousId is required': 1,
    });
    const side = await readSideFile(summary.rejectedPath);
    expect(side).toEqual([
      { line: 2, reasons: [expect.stringMatching(/^not valid JSON: /)], raw: lines[1] },
      { line: 4, reasons: ['not a JSON object: got an array'], raw: lines[3] },
      { line: 5, reasons: ['timestamp: is not an ISO 8601 date-time'], raw: lines[4] },
      { line: 7, reasons: ['userId: userId or anonymousId is required'], raw: lines[6] },
    ]);
    expect(sink.calls.every((c) => c.workspaceId === 'ws_1' && c.ctx.receivedAt instanceof Date)).toBe(true);
  });

  it('imports CSV, mapping sink rejections back to CSV lines', async () => {
    const path = await tmp.file(
      'events.csv',
      'event,userId,timestamp,properties.price\nBuy,u1,2024-05-01T10:00:00Z,9.5\nBuy,u2,not-a-date,3\nBuy,u3\n',
    );
    const sink = new ValidatingSink();
    const summary = await importFile({ path, workspaceId: 'ws', sink });
    expect(summary).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
    expect(sink.received[0]).toEqual({
      type: 'track',
      event: 'Buy',
      userId: 'u1',
      timestamp: '2024-05-01T10:00:00Z',
      properties: { price: 9.5 },
      messageId: expect.stringMatching(/^import-[\w-]{32}$/), // derived from the row: see below
    });
    expect(await readSideFile(summary.rejectedPath)).toEqual([
      { line: 3, reasons: ['timestamp: is not an ISO 8601 date-time'], raw: 'Buy,u2,not-a-date,3' },
      { line: 4, reasons: ['wrong number of columns: expected 4, got 2'], raw: 'Buy,u3' },
    ]);
  });

  it('imports Parquet', async () => {
    const path = join(tmp.dir, 'events.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT 'Viewed' AS event, 'u' || i AS userId, {'n': i} AS properties FROM range(5) t(i))
       TO ${quotedString(path)} (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const progress: [number, number, string][] = [];
    const sink = new ValidatingSink();
    const summary = await importFile({
      path,
      workspaceId: 'ws',
      sink,
      batchSize: 2,
      onProgress: (done, total, unit) => progress.push([done, total, unit]),
    });
    expect(summary).toMatchObject({ rows: 5, accepted: 5, rejected: 0, rejectedPath: null });
    expect(sink.received[4]).toEqual({
      type: 'track',
      event: 'Viewed',
      userId: 'u4',
      properties: { n: 4 },
      messageId: expect.stringMatching(/^import-/),
    });
    expect(progress.at(-1)).toEqual([5, 5, 'rows']);
  });

  it('sends batches of batchSize, in file order, and creates no side file when all is well', async () => {
    const path = await tmp.file('five.ndjson', [1, 2, 3, 4, 5].map((n) => track(n)).join('\n'));
    const sink = new ValidatingSink();
    const progress: number[] = [];
    const summary = await importFile({
      path,
      workspaceId: 'ws',
      sink,
      batchSize: 2,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(sink.calls.map((c) => c.messages.length)).toEqual([2, 2, 1]);
    expect(sink.received.map((m) => (m as { userId: string }).userId)).toEqual([
      'u1',
      'u2',
      'u3',
      'u4',
      'u5',
    ]);
    expect(summary).toMatchObject({ rows: 5, accepted: 5, rejected: 0, rejectedPath: null, reasons: {} });
    await expect(access(`${path}.rejected.ndjson`)).rejects.toThrow();
    expect(progress.at(-1)).toBe(1);
  });

  it('keeps at most one batch in flight', async () => {
    const path = await tmp.file('ten.ndjson', Array.from({ length: 10 }, (_, i) => track(i)).join('\n'));
    let inFlight = 0;
    let maxInFlight = 0;
    const inner = new ValidatingSink();
    const slowSink: IngestSink = {
      async ingest(ws, messages, ctx): Promise<IngestResult> {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return inner.ingest(ws, messages, ctx);
      },
    };
    const summary = await importFile({ path, workspaceId: 'ws', sink: slowSink, batchSize: 3 });
    expect(summary.accepted).toBe(10);
    expect(maxInFlight).toBe(1);
    expect(inner.calls).toHaveLength(4);
  });

  it('stops with the sink error, keeping rejects written so far', async () => {
    const path = await tmp.file('fail.ndjson', ['oops', track(2), track(3), track(4)].join('\n'));
    let calls = 0;
    const failing: IngestSink = {
      async ingest(_ws, messages) {
        if (++calls === 2) throw new Error('store unavailable');
        return { accepted: messages.length, rejected: [] };
      },
    };
    const rejectedPath = join(tmp.dir, 'fail.rejects.ndjson');
    await expect(
      importFile({ path, workspaceId: 'ws', sink: failing, batchSize: 2, rejectedPath }),
    ).rejects.toThrow('store unavailable');
    expect(await readSideFile(rejectedPath)).toEqual([
      { line: 1, reasons: [expect.stringMatching(/^not valid JSON/)], raw: 'oops' },
    ]);
  });

  it('fails clearly on a missing file or unknown format', async () => {
    const sink = new ValidatingSink();
    await expect(importFile({ path: join(tmp.dir, 'nope.csv'), workspaceId: 'ws', sink })).rejects.toThrow(
      /ENOENT/,
    );
    await expect(importFile({ path: join(tmp.dir, 'x.txt'), workspaceId: 'ws', sink })).rejects.toThrow(
      /cannot tell the format/,
    );
  });
});

describe('importFile: message ids', () => {
  it('gives rows without a messageId one derived from the row, the same on every import', async () => {
    const path = await tmp.file(
      'no-ids.ndjson',
      [track(1), track(2), `{"type":"track","event":"E","userId":"x","messageId":"mine"}`].join('\n'),
    );
    const first = new ValidatingSink();
    const second = new ValidatingSink();
    await importFile({ path, workspaceId: 'ws', sink: first });
    await importFile({ path, workspaceId: 'ws', sink: second });
    const ids = (sink: ValidatingSink) => sink.received.map((m) => (m as { messageId: string }).messageId);
    expect(ids(first)).toEqual(ids(second));
    expect(new Set(ids(first)).size).toBe(3); // different rows, different ids
    expect(ids(first)[2]).toBe('mine'); // a given messageId is kept
  });
});
