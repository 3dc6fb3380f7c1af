import { describe, expect, it } from 'vitest';
import { KPI_KINDS } from '../spec/kpi-metric.ts';
import { type KpiSpecInput, KpiSpecSchema } from '../spec/kpi-spec.ts';
import { duckdbDialect } from '../sql/duckdb/duckdb-dialect.ts';
import { compileKpi } from './compile-kpi.ts';

const compile = (input: Omit<KpiSpecInput, 'type'>) =>
  compileKpi(KpiSpecSchema.parse({ type: 'kpi', ...input }), duckdbDialect, { workspaceId: 'ws-1' });

const hostile = (tag: string) => `${tag}'; DROP TABLE events; -- $1`;

/** A metric of each kind whose every event and property name is hostile text. */
function hostileMetric(kind: (typeof KPI_KINDS)[number]): Record<string, unknown> {
  const match = (tag: string) => ({
    event: hostile(tag),
    where: [{ name: hostile(`${tag}-key`), op: 'eq', value: hostile(`${tag}-value`) }],
  });
  switch (kind) {
    case 'conversion_rate':
      return { kind, from: match('from'), to: match('to') };
    case 'cart_abandonment_rate':
      return { kind, cart: match('cart'), purchase: match('purchase') };
    case 'bounce_rate':
    case 'avg_time_on_page':
      return { kind, page: match('page') };
    case 'repeat_purchase_rate':
    case 'time_between_purchases':
      return { kind, purchase: match('purchase') };
    case 'average_order_value':
    case 'revenue':
      return {
        kind,
        purchase: match('purchase'),
        valueProperties: [hostile('value'), [hostile('a'), hostile('b')]],
      };
    case 'nps':
    case 'csat':
    case 'ces':
      return {
        kind,
        event: hostile('event'),
        surveyProperty: hostile('survey-key'),
        survey: hostile('survey'),
        scoreProperty: hostile('score'),
        ...(kind === 'ces' ? { scale: { min: 1.5, max: 6.5 } } : {}),
      };
  }
}

describe('compileKpi', () => {
  it.each(KPI_KINDS)('%s: names and values reach the SQL only as parameters', (kind) => {
    const { sql, params } = compile({
      metric: hostileMetric(kind),
      breakdown: { on: 'property', name: hostile('bd'), limit: 7 },
      interval: { unit: 'week', weekStart: 'sunday' },
      timezone: 'America/New_York',
      range: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    });
    expect(sql).not.toContain('DROP TABLE');
    expect(sql).not.toContain('America/New_York');
    expect(sql).not.toContain('2026-03');
    expect(params).toEqual(expect.arrayContaining(['America/New_York', 7, '2026-03-01 00:00:00.000']));
    expect(params.some((p) => typeof p === 'string' && p.includes('DROP TABLE'))).toBe(true);
  });

  it('returns a total row always, and group and time rows on request', () => {
    const slices = (input: Omit<KpiSpecInput, 'type'>) =>
      compile(input).sql.match(/SELECT '(\w+)' AS slice/g);
    expect(slices({ metric: 'nps' })).toEqual(["SELECT 'total' AS slice"]);
    expect(
      slices({ metric: 'nps', breakdown: { on: 'field', name: 'channel' }, interval: { unit: 'day' } }),
    ).toEqual([
      "SELECT 'total' AS slice",
      "SELECT 'group' AS slice",
      "SELECT 'time' AS slice",
      "SELECT 'group_time' AS slice",
    ]);
  });

  it('folds per-person units per person, and per person and bucket for the series', () => {
    const { sql } = compile({
      metric: { kind: 'conversion_rate', from: { event: 'A' }, to: { event: 'B' } },
      interval: { unit: 'day' },
    });
    expect(sql).toContain('GROUP BY person)');
    expect(sql).toContain('GROUP BY person, tb)');
    expect(compile({ metric: 'revenue' }).sql).not.toContain('GROUP BY person');
  });

  it('joins person traits only when the spec reads them', () => {
    expect(compile({ metric: 'nps' }).sql).not.toContain('JOIN persons');
    expect(compile({ metric: 'nps', breakdown: { on: 'trait', name: 'plan' } }).sql).toContain(
      'JOIN persons',
    );
  });
});
