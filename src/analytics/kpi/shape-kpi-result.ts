import type { KpiSpec } from '../spec/kpi-spec.ts';
import type { KpiResult, KpiTimeBucket, KpiValue } from './kpi-result.ts';
import type { KpiRow } from './kpi-rows.ts';

type ValueOf = (aggregates: Readonly<Record<string, number | null>>) => KpiValue;

const byStart = (a: KpiRow, b: KpiRow) => (a.startUs ?? 0) - (b.startUs ?? 0);
const bucket =
  (value: ValueOf) =>
  (r: KpiRow): KpiTimeBucket => ({
    start: new Date((r.startUs ?? 0) / 1000).toISOString(),
    kpi: value(r.aggregates),
  });
const groupKey = (r: Pick<KpiRow, 'value' | 'other'>) => JSON.stringify([r.other, r.value]);

/**
 * The API result from the query's rows: the total figure, and on request the breakdown groups
 * (largest first, "other" last, each with its own series when there is an interval) and the
 * series over time (oldest first). `value` turns a row's aggregates into the metric's figure.
 * Example: NPS rows `[{ slice: 'total', aggregates: { n: 4, promoters: 2, detractors: 1 } }]` →
 * `{ value: 25, count: 4, promoters: 2, passives: 1, detractors: 1 }`.
 */
export function shapeKpiResult(
  spec: Pick<KpiSpec, 'breakdown' | 'interval'>,
  rows: readonly KpiRow[],
  value: ValueOf,
): KpiResult {
  const total = rows.find((r) => r.slice === 'total');
  const result: KpiResult = value(total?.aggregates ?? {});
  if (spec.breakdown) {
    const series = new Map<string, KpiRow[]>();
    for (const r of rows.filter((x) => x.slice === 'group_time')) {
      series.set(groupKey(r), [...(series.get(groupKey(r)) ?? []), r]);
    }
    result.breakdown = rows
      .filter((r) => r.slice === 'group')
      .sort((a, b) => Number(a.other) - Number(b.other) || a.rank - b.rank)
      .map((g) => ({
        value: g.other ? 'other' : g.value,
        ...(g.other ? { other: true as const } : {}),
        kpi: value(g.aggregates),
        ...(spec.interval
          ? { overTime: (series.get(groupKey(g)) ?? []).sort(byStart).map(bucket(value)) }
          : {}),
      }));
  }
  if (spec.interval) {
    result.overTime = rows
      .filter((r) => r.slice === 'time')
      .sort(byStart)
      .map(bucket(value));
  }
  return result;
}
