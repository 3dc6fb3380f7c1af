import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnknownColumnsError } from './columns.ts';
import { CsvSyntaxError, readCsv } from './csv-reader.ts';
import { collect, makeTempDir } from './test-helpers.ts';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  tmp = await makeTempDir();
});
afterAll(() => tmp.remove());

describe('readCsv', () => {
  it('maps core, dotted and JSON columns; empty cells are absent', async () => {
    const path = await tmp.file(
      'events.csv',
      [
        'type,event,userId,timestamp,channel,properties.plan,properties.seats,properties.trial,properties.zip,traits.vip,context.page.path,context,properties',
        'track,Signed Up,u1,2024-05-01T10:00:00Z,web,pro,5,true,02134,false,/signup,"{""locale"":""pl-PL""}","{""source"":""ad""}"',
        ',Viewed,u2,,,,,,,,,,',
      ].join('\n'),
    );
    const items = await collect(readCsv(path));
    expect(items).toHaveLength(2);
    expect(items[0]?.line).toBe(2);
    expect(items[0]?.message).toEqual({
      type: 'track',
      event: 'Signed Up',
      userId: 'u1',
      timestamp: '2024-05-01T10:00:00Z',
      // numbers and booleans converted in properties/traits only; "02134" is not a JSON number
      properties: { source: 'ad', plan: 'pro', seats: 5, trial: true, zip: '02134' },
      traits: { vip: false },
      context: { locale: 'pl-PL', page: { path: '/signup' }, channel: 'web' },
    });
    // empty `type` defaults to track, empty cells leave no keys behind
    expect(items[1]).toEqual({
      line: 3,
      raw: ',Viewed,u2,,,,,,,,,,',
      message: { type: 'track', event: 'Viewed', userId: 'u2' },
    });
  });

  it('turns bad rows into row errors with their line numbers', async () => {
    const path = await tmp.file(
      'bad.csv',
      [
        'event,userId,properties',
        'A,u1,',
        'B,u2',
        '',
        'C,u3,{not json}',
        'D,u4,"[1,2]"',
        '"E\nwith newline",u5,',
        'F,u6,,extra',
      ].join('\r\n'),
    );
    const items = await collect(readCsv(path));
    expect(items.map((i) => [i.line, i.error ?? 'ok'])).toEqual([
      [2, 'ok'],
      [3, 'wrong number of columns: expected 3, got 2'],
      [5, expect.stringMatching(/^invalid JSON in column properties: /)],
      [6, 'not a JSON object in column properties'],
      [7, 'ok'],
      [9, 'wrong number of columns: expected 3, got 4'],
    ]);
    expect(items[1]?.raw).toBe('B,u2');
    expect(items[4]?.message).toEqual({ type: 'track', event: 'E\nwith newline', userId: 'u5' });
  });

  it('fails up front on unknown columns, naming them and the accepted ones', async () => {
    const path = await tmp.file('unknown.csv', 'event,user_id,props.plan,properties.ok\nA,u1,x,y\n');
    const error = await collect(readCsv(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownColumnsError);
    expect((error as UnknownColumnsError).unknown).toEqual(['user_id', 'props.plan']);
    expect((error as Error).message).toContain('unknown columns "user_id", "props.plan"');
    expect((error as Error).message).toContain('accepted columns are type, event, name, userId');
  });

  it('rejects columns that would write through __proto__', async () => {
    const path = await tmp.file('proto.csv', 'event,userId,properties.__proto__.x\nA,u1,1\n');
    await expect(collect(readCsv(path))).rejects.toThrow(UnknownColumnsError);
  });

  it('stops with the line number at a quote error', async () => {
    const path = await tmp.file('quote.csv', 'event,userId\nA,u1\n"B"x,u2\nC,u3\n');
    const error = await collect(readCsv(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
  });

  it('requires a header row', async () => {
    const path = await tmp.file('empty.csv', '');
    await expect(collect(readCsv(path))).rejects.toThrow(/header row is required/);
  });
});
