import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, readNdjson } from './ndjson-reader.ts';
import { collect, makeTempDir } from './test-helpers.ts';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir();
});
afterAll(() => tmp.remove());

const ev = (n: number) => JSON.stringify({ type: 'track', event: `E${n}`, userId: `u${n}` });

describe('readNdjson', () => {
  it('yields objects with their line numbers, skips blank lines, reports bad lines', async () => {
    const path = await tmp.file(
      'mixed.ndjson',
      [ev(1), '', '{"type":"track",', '[1,2]', '   ', '42', 'null', `${ev(8)}\r`, ev(9)].join('\n'),
    );
    const items = await collect(readNdjson(path));
    expect(items.map((i) => i.line)).toEqual([1, 3, 4, 6, 7, 8, 9]);
    expect(items[0]).toEqual({ line: 1, raw: ev(1), message: JSON.parse(ev(1)) });
    expect(items[1]?.error).toMatch(/^not valid JSON: /);
    expect(items[2]).toEqual({ line: 4, raw: '[1,2]', error: 'not a JSON object: got an array' });
    expect(items[3]?.error).toBe('not a JSON object: got a number');
    expect(items[4]?.error).toBe('not a JSON object: got null');
    // CRLF line endings are stripped from raw; a last line without a newline still counts.
    expect(items[5]).toEqual({ line: 8, raw: ev(8), message: JSON.parse(ev(8)) });
    expect(items[6]?.line).toBe(9);
  });

  it('handles a UTF-8 BOM and multi-byte characters split across read chunks', async () => {
    // Reads are 1 MiB; the 2-byte characters start at an odd offset (BOM + first line + `{"event":"`
    // = 27 bytes), so the chunk boundary at 1,048,576 splits one of them in two.
    const long = 'ż'.repeat(700_000);
    const path = await tmp.file(
      'utf8.ndjson',
      `\uFEFF${JSON.stringify({ event: 'a' })}\n${JSON.stringify({ event: long })}\n${JSON.stringify({ event: '€' })}\n`,
    );
    const items = await collect(readNdjson(path));
    expect(items.map((i) => i.message)).toEqual([{ event: 'a' }, { event: long }, { event: '€' }]);
    expect(items.map((i) => i.line)).toEqual([1, 2, 3]);
  });

  it('rejects an over-long line without buffering it and keeps reading', async () => {
    const huge = `{"event":"${'x'.repeat(MAX_LINE_BYTES + 2_000_000)}"}`;
    const path = await tmp.file('long.ndjson', `${ev(1)}\n${huge}\n${ev(3)}\n`);
    const items = await collect(readNdjson(path));
    expect(items.map((i) => [i.line, i.error ?? 'ok'])).toEqual([
      [1, 'ok'],
      [2, `line too long: more than ${MAX_LINE_BYTES} bytes`],
      [3, 'ok'],
    ]);
    expect(items[1]?.raw.length).toBe(1000);
  });

  it('reports bytes read', async () => {
    const path = await tmp.file('bytes.ndjson', `${ev(1)}\n${ev(2)}\n`);
    let bytes = 0;
    await collect(readNdjson(path, { onBytesRead: (b) => (bytes = b) }));
    expect(bytes).toBe(Buffer.byteLength(`${ev(1)}\n${ev(2)}\n`));
  });

  it('reads fast (speed printed, not asserted)', async () => {
    const lines = 200_000;
    const body: string[] = [];
    for (let i = 0; i < lines; i++) {
      body.push(
        JSON.stringify({
          type: 'track',
          event: 'Product Viewed',
          userId: `user_${i % 5000}`,
          messageId: `m_${i}`,
          timestamp: '2024-05-01T10:00:00.000Z',
          properties: { sku: `sku_${i % 300}`, price: 19.99, currency: 'EUR' },
          context: { page: { path: '/p/1', referrer: 'https://google.com' } },
        }),
      );
    }
    const path = await tmp.file('speed.ndjson', `${body.join('\n')}\n`);
    const started = performance.now();
    let n = 0;
    for await (const item of readNdjson(path)) if (item.message) n++;
    const seconds = (performance.now() - started) / 1000;
    expect(n).toBe(lines);
    console.log(
      `readNdjson: ${lines} lines in ${seconds.toFixed(3)} s = ${Math.round(lines / seconds)} lines/s`,
    );
  });
});
