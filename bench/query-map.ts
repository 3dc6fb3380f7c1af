import { createMapFromTemplate } from '../src/model/create-map-from-template.ts';
import { type JourneyMap, JourneyMapSchema } from '../src/model/journey-map.ts';
import type { Touchpoint } from '../src/model/touchpoint.ts';
import { BENCH_WORKSPACE } from './query-data.ts';

export const BENCH_MAP_ID = 'bench-map';

/**
 * The benchmark's journey map: the 5-stage template with touchpoints bound to the data set's
 * events, one with a property filter and one with a channel, as real maps have.
 */
export function benchMap(): JourneyMap {
  let n = 0;
  const base = createMapFromTemplate({
    template: 'five_stage',
    locale: 'en',
    workspaceId: BENCH_WORKSPACE,
    name: 'Benchmark journey',
    now: new Date('2026-06-01T00:00:00Z'),
    idGenerator: () => (n++ === 0 ? BENCH_MAP_ID : `bench-${n}`),
  });
  const stage = (key: string) => base.stages.find((s) => s.templateKey === key)!.id;
  const tp = (
    id: string,
    stageKey: string,
    name: string,
    event: string,
    extra: Partial<Touchpoint['event']> = {},
  ) =>
    ({
      id,
      stageId: stage(stageKey),
      channel: 'web',
      name,
      event: { event, where: [], ...extra },
    }) as Touchpoint;
  const touchpoints: Touchpoint[] = [
    tp('t-email', 'awareness', 'Campaign e-mail', 'Email Opened'),
    tp('t-landing', 'awareness', 'Landing page', '$page', {
      where: [{ property: 'path', op: 'eq', value: '/p/1' }],
    }),
    tp('t-product', 'consideration', 'Product page', 'Product Viewed'),
    tp('t-cart', 'purchase', 'Cart', 'Product Added'),
    tp('t-checkout', 'purchase', 'Checkout', 'Checkout Started'),
    tp('t-order', 'purchase', 'Order', 'Order Completed'),
    tp('t-support', 'retention', 'Support', 'Support Ticket', { channel: 'call_centre' }),
  ];
  return JourneyMapSchema.parse({ ...base, touchpoints });
}
