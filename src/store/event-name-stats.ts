import type { EventNameStat } from './store.ts';

/**
 * Puts together what the engines' two event-name queries return: names with counts (most
 * frequent first), and per name its most common property keys (any order). Keys of names not
 * in `names` are ignored. Example: `eventNameStats([{ event: 'A', count: 2 }], [{ event: 'A',
 * key: 'sku', count: 2 }])` → `[{ event: 'A', count: 2, properties: ['sku'] }]`.
 */
export function eventNameStats(
  names: readonly { event: string; count: number }[],
  keys: readonly { event: string; key: string; count: number }[],
): EventNameStat[] {
  const byEvent = new Map<string, { key: string; count: number }[]>();
  for (const k of keys) {
    const list = byEvent.get(k.event);
    if (list) list.push(k);
    else byEvent.set(k.event, [k]);
  }
  return names.map(({ event, count }) => ({
    event,
    count,
    properties: (byEvent.get(event) ?? [])
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((k) => k.key),
  }));
}
