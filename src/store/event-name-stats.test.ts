import { expect, it } from 'vitest';
import { eventNameStats } from './event-name-stats.ts';

it('keeps the names in order and sorts each name’s keys by count, then by name', () => {
  const stats = eventNameStats(
    [
      { event: 'Order Completed', count: 5 },
      { event: 'Signed Up', count: 2 },
    ],
    [
      { event: 'Order Completed', key: 'sku', count: 3 },
      { event: 'Order Completed', key: 'revenue', count: 5 },
      { event: 'Order Completed', key: 'currency', count: 3 },
      { event: 'Gone', key: 'x', count: 9 },
    ],
  );
  expect(stats).toEqual([
    { event: 'Order Completed', count: 5, properties: ['revenue', 'currency', 'sku'] },
    { event: 'Signed Up', count: 2, properties: [] },
  ]);
});
