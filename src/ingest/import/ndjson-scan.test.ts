import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScanCounts, STAGED_COLUMNS, StagedRowsOutput, scanLines } from './ndjson-scan.ts';
import { chunkTargets, scanNdjsonFile, scanThreads } from './ndjson-scan-file.ts';
import { withStableMessageId } from './stable-message-id.ts';
import { makeTempDir } from './test-helpers.ts';

const RECEIVED = Date.UTC(2026, 7, 1, 12, 0, 0);

type Row = Record<(typeof STAGED_COLUMNS)[number], string | null>;

/** Scans `lines` (joined by `newline`) and returns the staged rows as objects, NULL as null. */
function scan(lines: string[], newline = '\n'): { rows: Row[]; counts: ScanCounts } {
  const input = Buffer.from(lines.join(newline));
  const chunks: Buffer[] = [];
  const out = new StagedRowsOutput((bytes) => chunks.push(Buffer.from(bytes)), Buffer.alloc(64));
  const counts: ScanCounts = { lines: 0, rows: 0, uncertain: [] };
  scanLines(input, 0, input.length, out, { receivedAtMs: RECEIVED, firstLine: 1, fileStart: true }, counts);
  out.flush();
  return { rows: parseRows(Buffer.concat(chunks).toString('utf8')), counts };
}

function parseRows(text: string): Row[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const fields = l.split('\u0001');
      expect(fields).toHaveLength(STAGED_COLUMNS.length);
      return Object.fromEntries(
        STAGED_COLUMNS.map((c, i) => [c, fields[i] === '\u0002' ? null : fields[i]!]),
      ) as Row;
    });
}

const ok = (m: Record<string, unknown>) => {
  const { rows, counts } = scan([JSON.stringify(m)]);
  expect(counts.uncertain).toEqual([]);
  return rows[0]!;
};
const uncertain = (line: string) => {
  const { rows, counts } = scan([line]);
  expect(counts).toEqual({ lines: 1, rows: 1, uncertain: [1] });
  expect(rows[0]).toMatchObject({ line_no: '1', ok: '0', message_id: null, properties: null });
};

describe('scanLines', () => {
  it('stages a track event as normalizeMessage would store it', () => {
    const row = ok({
      type: 'track',
      event: 'Order Completed',
      userId: 'u1',
      anonymousId: 'a1',
      messageId: 'm1',
      timestamp: '2026-08-01T10:00:00.250Z',
      properties: { total: 99.5, items: [{ sku: 'x' }] },
      context: { campaign: { medium: 'cpc', source: 'google' } },
    });
    expect(row).toEqual({
      line_no: '1',
      ok: '1',
      message_id: 'm1',
      type: 'track',
      event: 'Order Completed',
      name: null,
      user_id: 'u1',
      anonymous_id: 'a1',
      previous_id: null,
      group_id: null,
      ts_ms: String(Date.UTC(2026, 7, 1, 10, 0, 0, 250)),
      sent_ms: null,
      // utm medium cpc is paid traffic: ads
      channel: 'ads',
      properties: '{"total":99.5,"items":[{"sku":"x"}]}',
      context: '{"campaign":{"medium":"cpc","source":"google"}}',
      traits: null,
    });
  });

  it('names system events, keeps page names and numeric ids, and takes traits from the right place', () => {
    const page = ok({ type: 'page', name: '', anonymousId: 7, context: { traits: { plan: 'pro' } } });
    expect(page).toMatchObject({
      event: '$page',
      name: '',
      anonymous_id: '7',
      channel: 'web',
      properties: '{}',
    });
    expect(page.traits).toBe('{"plan":"pro"}');
    const identify = ok({
      type: 'identify',
      userId: 'u1',
      traits: { email: 'a@b.c' },
      context: { traits: { x: 1 } },
    });
    expect(identify).toMatchObject({
      event: '$identify',
      traits: '{"email":"a@b.c"}',
      context: '{"traits":{"x":1}}',
    });
    // Empty traits are no traits, even with context.traits beside them.
    expect(
      ok({ type: 'identify', userId: 'u1', traits: {}, context: { traits: { x: 1 } } }).traits,
    ).toBeNull();
    expect(ok({ type: 'alias', userId: 'u2', previousId: 'u1' })).toMatchObject({
      event: '$alias',
      previous_id: 'u1',
    });
    expect(ok({ type: 'group', userId: 'u1', groupId: 'g1' })).toMatchObject({
      event: '$group',
      group_id: 'g1',
    });
  });

  it('times events by timestamp, else originalTimestamp corrected by sentAt, else the receive time', () => {
    const sent = ok({
      type: 'track',
      event: 'E',
      userId: 'u',
      originalTimestamp: '2026-08-01T11:00:00Z',
      sentAt: '2026-08-01T11:00:10+02:00', // 09:00:10 UTC: the device clock is 2 h 10 s off
    });
    // receivedAt − (sentAt − originalTimestamp) = 12:00 − (09:00:10 − 11:00:00) = 14:00 − 10 s
    expect(sent.ts_ms).toBe(String(Date.UTC(2026, 7, 1, 13, 59, 50)));
    expect(sent.sent_ms).toBe(String(Date.UTC(2026, 7, 1, 9, 0, 10)));
    expect(ok({ type: 'track', event: 'E', userId: 'u' }).ts_ms).toBe(String(RECEIVED));
    expect(ok({ type: 'track', event: 'E', userId: 'u', timestamp: '2026-08-01T10:00:00.5Z' }).ts_ms).toBe(
      String(Date.UTC(2026, 7, 1, 10, 0, 0, 500)),
    );
  });

  it('decodes escaped and non-ASCII text', () => {
    const row = ok({ type: 'track', event: 'Życzenie "zapisane"', userId: 'ü/1', properties: { note: 'é' } });
    expect(row).toMatchObject({ event: 'Życzenie "zapisane"', user_id: 'ü/1', properties: '{"note":"é"}' });
  });

  it('gives a row without a messageId the content id the row-by-row path gives it', () => {
    const line = '{"type":"track","event":"E","userId":"u"}';
    const reference = withStableMessageId(JSON.parse(line), line) as { messageId: string };
    expect(reference.messageId).toMatch(/^import-[\w-]{32}$/);
    expect(scan([line]).rows[0]!.message_id).toBe(reference.messageId);
    // CRLF: the id is the line's without its CR, as the reader gives it.
    expect(scan([line, line], '\r\n').rows.map((r) => r.message_id)).toEqual([
      reference.messageId,
      reference.messageId,
    ]);
  });

  it('leaves to JavaScript every line that is not JSON, even where other parsers are lenient', () => {
    for (const line of [
      '{"type":"track","event":"E","userId":"u",}',
      '{"type":"track","event":"E","userId":"u","properties":{"x":NaN}}',
      '{"type":"track","event":"E","userId":"u","properties":{"x":01}}',
      '{"type":"track","event":"E","userId":"u","properties":{"x":[1,]}}',
      '{"type":"track","event":"E","userId":"u","properties":{"x":"\\x"}}',
      '{"type":"track","event":"E","userId":"u","properties":{"x":"\\u00\u0010"}}',
      '{"type":"track","event":"E","userId":"u","properties":{"x":"a\tb"}}',
      '{"type":"track","event":"E","userId":"u"} {}',
      '{"type":"track","event":"E","userId":"u"',
      '{"type":"track","event":"E","userId":"u","properties":{"x":"unterminated',
      '[{"type":"track"}]',
    ]) {
      uncertain(line);
    }
  });

  it('leaves to JavaScript what zod should decide or word', () => {
    for (const line of [
      '{"type":"track","event":"E","userId":"u","extra":1}', // an unknown member
      '{"type":"track","event":"E","userId":"u","userId":"v"}', // a member twice
      '{"type":"track","event":"E","userId":null,"anonymousId":"a"}',
      '{"type":"track","event":" E","userId":"u"}', // zod trims
      '{"type":"track","event":"E","userId":""}',
      '{"type":"track","event":"E","userId":12345678901234567890}',
      '{"type":"track","event":"E","userId":"u","timestamp":"2026-02-30T10:00:00Z"}',
      '{"type":"track","event":"E","userId":"u","properties":{"__proto__":{}}}',
      '{"type":"track","event":"E","userId":"u","properties":{"\\u0063hannel":"email"}}',
      '{"type":"page","event":"E","userId":"u"}',
      '{"type":"alias","userId":"u"}',
      '{"type":"tracks","event":"E","userId":"u"}',
      '{"type":"track","event":"E"}',
    ]) {
      uncertain(line);
    }
  });

  it('tells the keys it knows from keys of the same length, first and last letter', () => {
    // The key tables bucket keys by length, first and last byte, then compare the rest.
    uncertain('{"type":"track","event":"E","userId":"u","cantext":{}}'); // not context
    const base = { type: 'track', event: 'E', userId: 'u' };
    expect(ok({ ...base, properties: { channel: 'email' } }).channel).toBe('email');
    // Not properties.channel: a track with no hint of its channel is `other`.
    expect(ok({ ...base, properties: { chonnel: 'email' } }).channel).toBe('other');
    expect(ok({ ...base, context: { campaign: { madium: 'cpc' } } }).channel).toBe('other');
  });

  it('counts lines and rows: blank lines are not rows, CRLF ends a line, a BOM only starts the file', () => {
    const good = '{"type":"track","event":"E","userId":"u"}';
    const { rows, counts } = scan([`\ufeff${good}`, '', '  ', good, `\ufeff${good}`, good], '\r\n');
    expect(counts).toEqual({ lines: 6, rows: 4, uncertain: [1, 5] });
    expect(rows.map((r) => [r.line_no, r.ok])).toEqual([
      ['1', '0'],
      ['4', '1'],
      ['5', '0'],
      ['6', '1'],
    ]);
  });
});

describe('scanNdjsonFile', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    tmp = await makeTempDir();
  });
  afterAll(() => tmp.remove());

  it('gives the same rows on several threads in small chunks as on one thread, lines numbered across chunks', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 97 === 0
        ? ''
        : i % 89 === 0
          ? '{"type":"track",'
          : JSON.stringify({ type: 'track', event: `E${i % 7}`, userId: `u${i}`, messageId: `m${i}` }),
    );
    const path = await tmp.file('chunks.ndjson', lines.join('\n'));
    const size = Buffer.byteLength(lines.join('\n'));
    const staged = async (threads: number, chunkBytes: number, prefix: string) => {
      const parts = await scanNdjsonFile(path, size, join(tmp.dir, prefix), {
        receivedAtMs: RECEIVED,
        threads,
        chunkBytes,
      });
      const rows: Row[] = [];
      for (const p of parts) {
        for (const r of parseRows(await readFile(p.outPath, 'utf8')))
          rows.push({ ...r, line_no: String(Number(r.line_no) + p.lineOffset) });
      }
      return { parts, rows, uncertain: parts.flatMap((p) => p.uncertain.map((l) => l + p.lineOffset)) };
    };
    const one = await staged(1, 1 << 30, 'one');
    const many = await staged(3, 8 * 1024, 'many');
    expect(one.parts).toHaveLength(1);
    expect(many.parts.length).toBeGreaterThan(10);
    expect(many.rows).toEqual(one.rows);
    expect(many.uncertain).toEqual(one.uncertain);
    // Line numbers are the file's: blank lines are skipped, broken ones are left to JavaScript.
    expect(one.rows).toHaveLength(3000 - 31);
    // Broken at i = 89k, k = 1…33 (i = 0 is blank), which is line i + 1.
    expect(one.uncertain).toEqual(Array.from({ length: 33 }, (_, k) => (k + 1) * 89 + 1));
    expect(one.rows.find((r) => r.message_id === 'm2999')?.line_no).toBe('3000');
  });
});

describe('chunkTargets', () => {
  const MB = 1 << 20;

  it('cuts the end of a file into smaller chunks, down to a megabyte, so threads finish together', () => {
    // 8 MB in 4 MB chunks on 2 threads: each chunk a quarter of what is left, at most 4 MB, at
    // least 1 MB, and the rest once no more than a megabyte is left.
    // Left 8 → 2; left 6 → 1.5; left 4.5 → 1.125; left 3.375 → 1 (0.84 is below the floor);
    // left 2.375 → 1; left 1.375 → 1; left 0.375 is the last chunk.
    expect(chunkTargets(8 * MB, 4 * MB, 2).map((t) => t / MB)).toEqual([2, 3.5, 4.625, 5.625, 6.625, 7.625]);
  });

  it('keeps full chunks while plenty is left, and equal chunks on one thread', () => {
    // 40 MB in 4 MB chunks on 2 threads: full chunks until 16 MB are left (16 / 4 = 4).
    const targets = chunkTargets(40 * MB, 4 * MB, 2);
    expect(targets.slice(0, 7).map((t) => t / MB)).toEqual([4, 8, 12, 16, 20, 24, 28]);
    expect(targets[7]! / MB).toBe(31); // 12 MB left: a quarter is 3 MB
    expect(chunkTargets(10 * MB, 4 * MB, 1).map((t) => t / MB)).toEqual([4, 8]);
    // Chunks smaller than a megabyte (as tests use) stay as they are.
    expect(chunkTargets(1000, 300, 3)).toEqual([300, 600, 900]);
    expect(chunkTargets(0, 4 * MB, 2)).toEqual([]);
  });
});

describe('scanThreads', () => {
  it('takes JOURNEYLENS_IMPORT_THREADS, else one per core, and names the variable when it is wrong', () => {
    expect(scanThreads({ JOURNEYLENS_IMPORT_THREADS: '3' })).toBe(3);
    expect(scanThreads({})).toBeGreaterThanOrEqual(1);
    expect(() => scanThreads({ JOURNEYLENS_IMPORT_THREADS: '0' })).toThrow(
      'JOURNEYLENS_IMPORT_THREADS must be a whole number from 1 to 64, not "0"',
    );
  });
});
