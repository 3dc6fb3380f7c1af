import { describe, expect, it } from 'vitest';
import { KpiSpecSchema } from '../spec/kpi-spec.ts';
import { measureOf } from './kpi-measures.ts';

const figure = (metric: unknown, aggregates: Record<string, number | null>) =>
  measureOf(KpiSpecSchema.parse({ type: 'kpi', metric }).metric).value(aggregates);

describe('KPI figures from aggregates', () => {
  it('NPS is % promoters − % detractors on −100…100', () => {
    // 10 responses: 5 promoters, 3 passives, 2 detractors → 50% − 20% = 30.
    expect(figure('nps', { n: 10, promoters: 5, detractors: 2 })).toEqual({
      value: 30,
      count: 10,
      promoters: 5,
      passives: 3,
      detractors: 2,
    });
    expect(figure('nps', { n: 2, promoters: 0, detractors: 2 }).value).toBe(-100);
  });

  it('rates are fractions; averages and rates of nothing are null, revenue of nothing is 0', () => {
    expect(figure('csat', { n: 4, satisfied: 3 })).toEqual({ value: 0.75, count: 4, satisfied: 3 });
    expect(figure('csat', { n: 0, satisfied: 0 }).value).toBeNull();
    expect(figure('ces', { n: 0, avg: null })).toEqual({ value: null, count: 0 });
    expect(figure('average_order_value', { n: 0, total: null })).toEqual({
      value: null,
      count: 0,
      revenue: 0,
    });
    expect(figure('revenue', { n: 0, total: null })).toEqual({ value: 0, count: 0, revenue: 0 });
    expect(figure('time_between_purchases', { n: 0, med: null, avg: null })).toEqual({
      value: null,
      count: 0,
      meanSeconds: null,
    });
  });

  it('cart abandonment splits carts into abandoned and purchased', () => {
    expect(figure('cart_abandonment_rate', { n: 8, abandoned: 6 })).toEqual({
      value: 0.75,
      count: 8,
      abandoned: 6,
      purchased: 2,
    });
  });

  it('time on page counts timed page views, beside all page views', () => {
    expect(figure('avg_time_on_page', { views: 5, n: 2, avg: 90 })).toEqual({
      value: 90,
      count: 2,
      pageViews: 5,
    });
  });
});
