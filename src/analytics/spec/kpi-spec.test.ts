import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../model/format-issue.ts';
import { KpiSpecSchema } from './kpi-spec.ts';

const parse = (metric: unknown) => KpiSpecSchema.parse({ type: 'kpi', metric }).metric;
const errors = (input: Record<string, unknown>) => {
  const r = KpiSpecSchema.safeParse({ type: 'kpi', ...input });
  return r.success ? [] : formatIssues(r.error.issues);
};

describe('KpiSpecSchema', () => {
  it('takes a bare kind with every default', () => {
    expect(KpiSpecSchema.parse({ type: 'kpi', metric: 'nps' })).toEqual({
      type: 'kpi',
      metric: {
        kind: 'nps',
        event: 'survey_response',
        where: [],
        surveyProperty: 'survey',
        scoreProperty: 'score',
      },
      where: [],
      timezone: 'UTC',
    });
    expect(parse('ces')).toMatchObject({ scale: { min: 1, max: 7 } });
  });

  it('defaults to Segment’s e-commerce events, page calls and Google Analytics’ 30-minute sessions', () => {
    expect(parse('cart_abandonment_rate')).toEqual({
      kind: 'cart_abandonment_rate',
      cart: { event: 'Product Added', where: [] },
      purchase: { event: 'Order Completed', where: [] },
      window: { value: 1, unit: 'day' },
    });
    expect(parse('bounce_rate')).toEqual({
      kind: 'bounce_rate',
      page: { event: '$page', where: [] },
      sessionTimeout: { value: 30, unit: 'minute' },
    });
    expect(parse('average_order_value')).toEqual({
      kind: 'average_order_value',
      purchase: { event: 'Order Completed', where: [] },
      valueProperties: ['revenue', 'total'],
    });
    expect(parse({ kind: 'conversion_rate', from: { event: 'A' }, to: { event: 'B' } })).toMatchObject({
      window: { value: 14, unit: 'day' },
    });
  });

  it('names the field of each mistake', () => {
    expect(errors({ metric: 'happiness' })).toEqual([
      {
        path: 'metric.kind',
        message:
          'Must be one of: conversion_rate, cart_abandonment_rate, bounce_rate, avg_time_on_page, ' +
          'repeat_purchase_rate, time_between_purchases, average_order_value, revenue, nps, csat, ces',
      },
    ]);
    expect(errors({ metric: 'conversion_rate' }).map((e) => e.path)).toEqual(['metric.from', 'metric.to']);
    expect(errors({ metric: { kind: 'conversion_rate', from: { event: 'A' }, to: { event: 'A' } } })).toEqual(
      [{ path: 'metric.to', message: 'Must select other events than from' }],
    );
    expect(
      errors({ metric: { kind: 'cart_abandonment_rate', purchase: { event: 'Product Added' } } }),
    ).toEqual([{ path: 'metric.purchase', message: 'Must select other events than cart' }]);
    expect(errors({ metric: { kind: 'ces', scale: { min: 5, max: 1 } } })).toEqual([
      { path: 'metric.scale.max', message: 'Must have min below max' },
    ]);
    expect(errors({ metric: { kind: 'revenue', valueProperties: [] } })).toEqual([
      { path: 'metric.valueProperties', message: 'List must not be empty' },
    ]);
    expect(errors({ metric: 'nps', interval: { unit: 'fortnight' } })).toEqual([
      { path: 'interval.unit', message: 'Must be one of: hour, day, week, month' },
    ]);
  });

  it('lets a survey metric take every response of its event', () => {
    expect(parse({ kind: 'csat', survey: null })).toMatchObject({ survey: null });
  });
});
