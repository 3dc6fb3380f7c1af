import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempStore } from '../../../test/helpers/temp-store.ts';
import { KPI_KINDS } from '../spec/kpi-metric.ts';
import { KpiSpecSchema } from '../spec/kpi-spec.ts';
import { runKpi } from './run-kpi.ts';

let temp: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  temp = await tempStore();
});
afterAll(() => temp.dispose());

const metricOf = (kind: (typeof KPI_KINDS)[number]) =>
  kind === 'conversion_rate' ? { kind, from: { event: 'A' }, to: { event: 'B' } } : kind;

describe('runKpi', () => {
  it.each(KPI_KINDS)('%s: nothing to measure in an empty workspace', async (kind) => {
    const spec = KpiSpecSchema.parse({
      type: 'kpi',
      metric: metricOf(kind),
      breakdown: { on: 'field', name: 'channel' },
      interval: { unit: 'day' },
      timezone: 'Europe/Warsaw',
    });
    const result = await runKpi(temp.store.analytics, 'empty', spec, new Map());
    expect(result.count).toBe(0);
    expect(result.value).toBe(kind === 'revenue' ? 0 : null);
    expect(result.breakdown).toEqual([]);
    expect(result.overTime).toEqual([]);
  });
});
