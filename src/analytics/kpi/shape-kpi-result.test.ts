import { describe, expect, it } from 'vitest';
import type { KpiValue } from './kpi-result.ts';
import { readKpiRows } from './kpi-rows.ts';
import { shapeKpiResult } from './shape-kpi-result.ts';

const MAR_2 = 1_772_409_600_000_000; // 2026-03-02T00:00:00Z in microseconds
const MAR_9 = MAR_2 + 7 * 86_400_000_000;
const value = (a: Readonly<Record<string, number | null>>): KpiValue => ({
  value: a.total ?? 0,
  count: a.n ?? 0,
});
const row = (slice: string, extra: Record<string, unknown>) => ({
  slice,
  bd_value: null,
  bd_other: false,
  bd_rank: 0,
  tb_us: null,
  ...extra,
});

describe('readKpiRows', () => {
  it('reads engine values (bigints, nulls) and strips the aggregate prefix', () => {
    expect(readKpiRows([row('time', { tb_us: BigInt(MAR_2), a_n: 3n, a_total: null })])).toEqual([
      {
        slice: 'time',
        value: null,
        other: false,
        rank: 0,
        startUs: MAR_2,
        aggregates: { n: 3, total: null },
      },
    ]);
    expect(() => readKpiRows([row('sideways', {})])).toThrow(/Unknown KPI slice/);
  });
});

describe('shapeKpiResult', () => {
  const rows = readKpiRows([
    row('group_time', { bd_value: 'web', bd_rank: 1n, tb_us: MAR_9, a_n: 1n, a_total: 5 }),
    row('time', { tb_us: MAR_9, a_n: 2n, a_total: 7 }),
    row('group', { bd_other: true, bd_rank: 2n, a_n: 1n, a_total: 2 }),
    row('total', { a_n: 4n, a_total: 17 }),
    row('group', { bd_value: 'web', bd_rank: 1n, a_n: 3n, a_total: 15 }),
    row('group_time', { bd_value: 'web', bd_rank: 1n, tb_us: MAR_2, a_n: 2n, a_total: 10 }),
    row('time', { tb_us: MAR_2, a_n: 2n, a_total: 10 }),
    row('group_time', { bd_other: true, bd_rank: 2n, tb_us: MAR_9, a_n: 1n, a_total: 2 }),
  ]);

  it('gives the total, groups by rank with "other" last, and series oldest first', () => {
    expect(
      shapeKpiResult(
        {
          breakdown: { on: 'field', name: 'channel', limit: 1 },
          interval: { unit: 'week', weekStart: 'monday' },
        },
        rows,
        value,
      ),
    ).toEqual({
      value: 17,
      count: 4,
      breakdown: [
        {
          value: 'web',
          kpi: { value: 15, count: 3 },
          overTime: [
            { start: '2026-03-02T00:00:00.000Z', kpi: { value: 10, count: 2 } },
            { start: '2026-03-09T00:00:00.000Z', kpi: { value: 5, count: 1 } },
          ],
        },
        {
          value: 'other',
          other: true,
          kpi: { value: 2, count: 1 },
          overTime: [{ start: '2026-03-09T00:00:00.000Z', kpi: { value: 2, count: 1 } }],
        },
      ],
      overTime: [
        { start: '2026-03-02T00:00:00.000Z', kpi: { value: 10, count: 2 } },
        { start: '2026-03-09T00:00:00.000Z', kpi: { value: 7, count: 2 } },
      ],
    });
  });

  it('leaves out what the spec did not ask for', () => {
    expect(shapeKpiResult({}, rows, value)).toEqual({ value: 17, count: 4 });
  });
});
