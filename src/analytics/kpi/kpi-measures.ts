import type { KpiMetric } from '../spec/kpi-metric.ts';
import { cartMeasure } from './cart-measure.ts';
import { conversionMeasure } from './conversion-measure.ts';
import type { KpiContext, KpiMeasure } from './kpi-measure.ts';
import type { KpiValue } from './kpi-result.ts';
import {
  averageOrderValueMeasure,
  repeatPurchaseMeasure,
  revenueMeasure,
  timeBetweenPurchasesMeasure,
} from './purchase-measures.ts';
import { bounceMeasure, timeOnPageMeasure } from './session-measures.ts';
import { cesMeasure, csatMeasure, npsMeasure } from './survey-measures.ts';

/** Every measure, by the metric's kind; the compiler and the shaper reach them through this. */
const MEASURES: { [K in KpiMetric['kind']]: KpiMeasure<Extract<KpiMetric, { kind: K }>> } = {
  conversion_rate: conversionMeasure,
  cart_abandonment_rate: cartMeasure,
  bounce_rate: bounceMeasure,
  avg_time_on_page: timeOnPageMeasure,
  repeat_purchase_rate: repeatPurchaseMeasure,
  time_between_purchases: timeBetweenPurchasesMeasure,
  average_order_value: averageOrderValueMeasure,
  revenue: revenueMeasure,
  nps: npsMeasure,
  csat: csatMeasure,
  ces: cesMeasure,
};

/** The measure of `metric`, bound to it: units, aggregates and the figure. */
export function measureOf(metric: KpiMetric) {
  const measure = MEASURES[metric.kind] as KpiMeasure<KpiMetric>;
  return {
    units: (ctx: KpiContext) => measure.units(metric, ctx),
    aggregates: (ctx: KpiContext) => measure.aggregates(metric, ctx),
    value: (a: Readonly<Record<string, number | null>>): KpiValue => measure.value(metric, a),
  };
}
