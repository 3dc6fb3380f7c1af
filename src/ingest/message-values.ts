/**
 * Message types, the event names of the non-track ones, limits and the timestamp reading of
 * Segment messages, apart from the zod schema (segment-message.ts) so that code which must not
 * load zod (the import's scan threads, which start faster without it) reads them from the same
 * place.
 */
export const MESSAGE_TYPES = ['track', 'page', 'screen', 'identify', 'alias', 'group'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** The event name stored for each message type but track, whose event names itself. */
export const SYSTEM_EVENT: Record<Exclude<MessageType, 'track'>, string> = {
  page: '$page',
  screen: '$screen',
  identify: '$identify',
  alias: '$alias',
  group: '$group',
};

export const MAX_ID_LENGTH = 512;
export const MAX_EVENT_NAME_LENGTH = 200;

// Date.parse guesses ('1' → 2001, 'March 7' → 2001-03-07); only ISO 8601 is unambiguous.
const ISO_8601 =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Epoch milliseconds of an ISO 8601 date-time, or NaN. A date-time without a zone is UTC, as a
 * date alone already is in JavaScript: otherwise the same file would land at different instants
 * depending on the importing machine's time zone (and CSV would disagree with Parquet).
 */
export function parseIsoTimestamp(text: string): number {
  const fast = parseUtcTimestamp(text);
  if (fast !== undefined) return fast;
  const m = ISO_8601.exec(text);
  if (!m) return Number.NaN;
  const [, date, time, zone] = m;
  // Date.parse rolls impossible days forward (2026-02-30 → 2 March); refuse them instead.
  const [y, mo, d] = date!.split('-').map(Number) as [number, number, number];
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return Number.NaN;
  if (time === undefined) return Date.parse(date!);
  const offset = zone === undefined ? 'Z' : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone;
  return Date.parse(`${date}T${time}${offset}`);
}

/** `2026-08-01T10:00:00.123Z`: what SDKs and JSON.stringify(date) send, nearly every event. */
const UTC_FORM = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The common UTC form computed from its digits, about a fifth of the general path's cost per
 * event; undefined for anything else, including hour 24 and years before 1000 (Date.UTC reads
 * 0–99 as 1900–1999), which the general path decides.
 */
function parseUtcTimestamp(text: string): number | undefined {
  const m = UTC_FORM.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = Number(m[6]);
  if (y < 1000 || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d < 1 || d > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!)) return Number.NaN;
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}
