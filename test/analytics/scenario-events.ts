/**
 * Building blocks of engine-agnostic scenario tables: Segment messages at times relative to a
 * fixed instant. A scenario runner (DuckDB today, ClickHouse later) ingests them in order through
 * the real ingestion pipeline, so identity stitching is what production does.
 */
export const SECOND = 1;
export const MINUTE = 60;
export const HOUR = 3_600;
export const DAY = 86_400;

/** Time zero of every scenario: Monday 2 March 2026, 09:00 UTC. */
export const BASE_MS = Date.parse('2026-03-02T09:00:00.000Z');

/** The instant `seconds` after time zero, as ISO text. */
export const at = (seconds: number): string => new Date(BASE_MS + seconds * 1000).toISOString();

/** A spec range from `fromSeconds` (inclusive) to `toSeconds` (exclusive) after time zero. */
export const range = (fromSeconds: number, toSeconds: number) => ({
  from: at(fromSeconds),
  to: at(toSeconds),
});

export interface ScenarioEvent {
  /** Seconds after time zero. */
  at: number;
  /** The Segment message, without timestamp and messageId (the runner adds them). */
  message: Record<string, unknown>;
}

/** `who` is a userId, or `anon:<id>` for an anonymousId. */
function ids(who: string): Record<string, string> {
  return who.startsWith('anon:') ? { anonymousId: who.slice(5) } : { userId: who };
}

export function track(
  who: string,
  seconds: number,
  event: string,
  opts: { properties?: Record<string, unknown>; channel?: string } = {},
): ScenarioEvent {
  return {
    at: seconds,
    message: {
      type: 'track',
      event,
      ...ids(who),
      ...(opts.properties ? { properties: opts.properties } : {}),
      ...(opts.channel ? { context: { channel: opts.channel } } : {}),
    },
  };
}

/** Links an anonymous id to a user (and records traits), as analytics.js does on login. */
export function identify(
  anonymousId: string | null,
  userId: string,
  seconds: number,
  traits?: Record<string, unknown>,
): ScenarioEvent {
  return {
    at: seconds,
    message: {
      type: 'identify',
      userId,
      ...(anonymousId ? { anonymousId } : {}),
      ...(traits ? { traits } : {}),
    },
  };
}

/** Merges the person of `previousId` into the person of `userId`. */
export function alias(previousId: string, userId: string, seconds: number): ScenarioEvent {
  return { at: seconds, message: { type: 'alias', previousId, userId } };
}

/** The same event for several users at the same offsets, e.g. `many(['a', 'b'], 0, 'Viewed')`. */
export function many(users: string[], seconds: number, event: string): ScenarioEvent[] {
  return users.map((u) => track(u, seconds, event));
}
