import type { EventRecord } from '../../../src/store/store.ts';

/** One event of a person's timeline, ready to show. */
export interface TimelineItem {
  messageId: string;
  timestamp: string;
  /** The event name, with the page or screen name when there is one: `$page · Home`. */
  title: string;
  channel: string;
  /** The id the event was sent with: the userId when known, else the anonymousId. */
  sentAs: string | null;
}

/** The events of one local calendar day. */
export interface TimelineDay {
  /** `YYYY-MM-DD` in the zone the timeline is shown in. */
  day: string;
  items: TimelineItem[];
}

const dayKey = (date: Date, timeZone: string) =>
  // en-CA writes dates as YYYY-MM-DD: a sortable key in any zone.
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(
    date,
  );

/**
 * A person's stitched events as a timeline, oldest first, grouped by local day in `timeZone`.
 * Events come from the API newest first; ids show which of the person's ids (devices, accounts)
 * each event was sent with, so a stitched journey across channels can be followed.
 * Example: two events on 17 Nov → `[{ day: '2026-11-17', items: [sent, opened] }]`.
 */
export function personTimeline(events: EventRecord[], timeZone: string): TimelineDay[] {
  const sorted = [...events].sort(
    (a, b) => a.timestamp.localeCompare(b.timestamp) || a.messageId.localeCompare(b.messageId),
  );
  const days: TimelineDay[] = [];
  for (const e of sorted) {
    const date = new Date(e.timestamp);
    const day = Number.isNaN(date.getTime()) ? e.timestamp.slice(0, 10) : dayKey(date, timeZone);
    const item: TimelineItem = {
      messageId: e.messageId,
      timestamp: e.timestamp,
      title: e.name ? `${e.event} · ${e.name}` : e.event,
      channel: e.channel,
      sentAs: e.userId ?? e.anonymousId,
    };
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** How many of the events came through each channel, most first (ties by name). */
export function channelCounts(events: EventRecord[]): { channel: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.channel, (counts.get(e.channel) ?? 0) + 1);
  return [...counts]
    .map(([channel, count]) => ({ channel, count }))
    .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel));
}

/** A trait value as text: strings as they are, anything else as JSON. */
export function traitText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A `YYYY-MM-DD` day key as the language writes a full date: `'Tuesday, November 17, 2026'` (en). */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** The time of day of a timestamp in `timeZone`: `'10:53 AM'` (en), `'10:53'` (pl). */
export function formatTime(iso: string, language: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone }).format(date);
}
