import type { EventNameStat, Store } from '../../store/store.ts';

/** Names in the answer, and property keys per name (the binding picker shows no more). */
export const EVENT_NAME_LIMIT = 200;
export const PROPERTY_KEY_LIMIT = 50;
/**
 * Finding the property keys scans every event's properties (~1.5 s for 10M events on 2 cores),
 * and the picker asks each time it opens: answers are reused this long.
 */
export const EVENT_NAMES_CACHE_MS = 30_000;

/** The workspace's most frequent event names with their property keys, briefly cached per store. */
export class EventNameService {
  private readonly cache = new Map<string, { until: number; names: Promise<EventNameStat[]> }>();

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  names(workspaceId: string): Promise<EventNameStat[]> {
    const hit = this.cache.get(workspaceId);
    if (hit && hit.until > this.now()) return hit.names;
    const names = this.store.events.names(workspaceId, {
      limit: EVENT_NAME_LIMIT,
      propertyLimit: PROPERTY_KEY_LIMIT,
    });
    // A failed query is not remembered.
    names.catch(() => this.cache.delete(workspaceId));
    if (this.cache.size > 1_000) this.cache.clear();
    this.cache.set(workspaceId, { until: this.now() + EVENT_NAMES_CACHE_MS, names });
    return names;
  }
}
