import { describe, expect, it } from 'vitest';
import { numberedParams, readCompactRows } from './clickhouse-driver.ts';
import { parseClickHouseType } from './clickhouse-type.ts';

describe('ClickHouse results as plain values', () => {
  it('parses nested, named and parameterised type names', () => {
    expect(parseClickHouseType("Nullable(DateTime64(3, 'UTC'))")).toEqual({
      name: 'Nullable',
      args: [
        {
          name: 'DateTime64',
          args: [
            { name: '3', args: [] },
            { name: "'UTC'", args: [] },
          ],
        },
      ],
    });
    expect(parseClickHouseType('Tuple(reach UInt8, t1 Nullable(String))').args).toEqual([
      { name: 'UInt8', args: [], field: 'reach' },
      { name: 'Nullable', args: [{ name: 'String', args: [] }], field: 't1' },
    ]);
  });

  it('converts each value by its column type, as the DuckDB store returns them', () => {
    // Servers before 24 quote 64-bit integers in JSON unless told not to: either way, a number.
    const rows = readCompactRows([
      ['b', 'n', 'at', 'day', 'ids', 'rec', 'pos', 'm', 'kind', 'none'],
      [
        'Bool',
        'UInt64',
        "Nullable(DateTime64(6, 'UTC'))",
        'Date',
        'Array(LowCardinality(Nullable(String)))',
        "Tuple(reach UInt8, t1 Nullable(DateTime64(3, 'UTC')))",
        'Tuple(Int64, String)',
        'Map(String, Float64)',
        "Enum8('a' = 1, 'b' = 2)",
        'Nullable(Int64)',
      ],
      [
        true,
        '12345678901',
        '2026-03-02T09:00:00.123456Z',
        '2026-03-02',
        ['x', null],
        { reach: 2, t1: '2026-03-02T09:00:00.000Z' },
        [1, 'a'],
        { k: 1.5 },
        'b',
        null,
      ],
    ]);
    expect(rows).toEqual([
      {
        b: true,
        n: 12345678901,
        at: new Date('2026-03-02T09:00:00.123Z'),
        day: new Date('2026-03-02T00:00:00Z'),
        ids: ['x', null],
        rec: { reach: 2, t1: new Date('2026-03-02T09:00:00Z') },
        pos: [1, 'a'],
        m: { k: 1.5 },
        kind: 'b',
        none: null,
      },
    ]);
    expect(readCompactRows([])).toEqual([]);
  });

  it('names positional values as the placeholders do', () => {
    expect(numberedParams(['a', 2, null])).toEqual({ p1: 'a', p2: 2, p3: null });
  });
});
