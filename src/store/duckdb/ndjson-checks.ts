/**
 * SQL that decides, inside DuckDB, which NDJSON rows are certainly valid Segment messages and
 * normalises them exactly as `normalizeMessage` would. The checks are deliberately narrower than
 * the zod schema: a row they cannot vouch for (an unusual timestamp form, a JSON null, an id with
 * spaces around it, a non-ASCII-safe edge) is left to the JavaScript validator, which either
 * accepts it or rejects it with the usual message. So these checks only ever need to be *sound*
 * (never accept what zod rejects, never normalise differently), not complete; a property test
 * (test/bulk-import.test.ts) holds them to that.
 *
 * Member columns come from one `json_extract` of the line: each is the member's JSON text (a JSON
 * null is the text `null`, which no check accepts), or NULL when the member is absent. A row
 * whose member count differs from its count of non-NULL member columns has a member we do not
 * know, or one twice, and goes to the JavaScript path.
 */

/** Top-level members of a Segment message (segment-message.ts), each read as raw JSON. */
export const MESSAGE_MEMBERS = [
  'type',
  'event',
  'name',
  'category',
  'messageId',
  'userId',
  'anonymousId',
  'previousId',
  'groupId',
  'timestamp',
  'originalTimestamp',
  'sentAt',
  'receivedAt',
  'context',
  'integrations',
  'properties',
  'traits',
  '_metadata',
  'channel',
  'version',
  'writeKey',
  'rudderId',
  'request_ip',
  'options',
] as const;

/** Column names are our constants (quoted because `timestamp`, `type`… are keywords). */
const col = (member: (typeof MESSAGE_MEMBERS)[number]) => `a."${member}"`;

/** Lines beyond this size go to the JavaScript path, which applies the exact 500 KB limit. */
export const FAST_PATH_MAX_LINE_BYTES = 400 * 1024;

const isString = (x: string) => `starts_with(${x}, '"')`;
const isObject = (x: string) => `starts_with(${x}, '{')`;

/**
 * An id as zod's `Id` accepts it: a non-empty string of at most 512 UTF-16 units (at most 512
 * bytes is a sufficient test), or a plain integer that `String(n)` writes back unchanged.
 */
const idOk = (x: string) =>
  // The JSON text is never shorter than the string it encodes, so 1..512 bytes between the quotes
  // is a sufficient test without decoding.
  `(${x} IS NULL OR (${isString(x)} AND strlen(${x}) BETWEEN 3 AND 514) ` +
  `OR regexp_full_match(${x}, '0|-?[1-9][0-9]{0,14}'))`;

/**
 * A JSON string's value. Decoding JSON costs a parse; a string without a backslash has no escapes,
 * so its value is the text between the quotes.
 */
const unquote = (x: string) => `CASE WHEN contains(${x}, '\\') THEN ${x}->>'$' ELSE ${x}[2:-2] END`;
const idValue = (x: string) => `CASE WHEN ${isString(x)} THEN ${unquote(x)} ELSE ${x}::VARCHAR END`;

/**
 * The ISO 8601 forms SDKs send (`2026-08-01T10:00:00.123Z`, `…+02:00`); other forms zod also
 * accepts (no zone, no seconds, a space for T, more than millisecond digits) go to JavaScript.
 */
const FAST_ISO = String.raw`[1-9]\d{3}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)`;
/**
 * UTC instant of a fast-form timestamp; NULL for an impossible date such as 30 February. A plain
 * TIMESTAMP cast is several times cheaper than the time-zone-aware one but ignores offsets, so it
 * only reads the `Z` form.
 */
const instant = (x: string) =>
  `(CASE WHEN ends_with(${x}, 'Z"') THEN TRY_CAST(${x}[2:-2] AS TIMESTAMP)
     ELSE TRY_CAST(${x}[2:-2] AS TIMESTAMPTZ) AT TIME ZONE 'UTC' END)`;
/**
 * `x` is the member's JSON, `t` its instant computed once in the inner query. The pattern is
 * matched on the JSON text, quotes included: a fast-form timestamp has nothing to escape.
 */
const timeOk = (x: string, t: string) =>
  `(${x} IS NULL OR (regexp_full_match(${x}, '"${FAST_ISO}"') AND ${t} IS NOT NULL))`;

/**
 * Characters JavaScript's String.prototype.trim removes; an event name that starts or ends with
 * one would be trimmed by zod, so it takes the JavaScript path.
 */
const JS_TRIMMED = String.raw`[\t\n\x0B\f\r \x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]`;

const memberCount = MESSAGE_MEMBERS.map((m) => `(${col(m)} IS NOT NULL)::INTEGER`).join(' + ');

/** The whole-row verdict: true only when zod would accept the row and normalise it as below. */
export const FAST_ROW_OK = `(
  a.members = ${memberCount}
  AND a.bytes <= ${FAST_PATH_MAX_LINE_BYTES}
  AND NOT (a.line_no = 1 AND a.bom)
  AND ${isString(col('type'))}
  AND (
    (a."type" = '"track"' AND ${isString(col('event'))} AND strlen(a.ev) BETWEEN 1 AND 200
      AND NOT regexp_matches(a.ev, '^${JS_TRIMMED}|${JS_TRIMMED}$'))
    OR (a."type" IN ('"page"', '"screen"') AND a."event" IS NULL
      AND (a."name" IS NULL OR ${isString(col('name'))}) AND (a."category" IS NULL OR ${isString(col('category'))}))
    OR (a."type" IN ('"identify"', '"alias"', '"group"') AND a."event" IS NULL)
  )
  AND (a."type" IN ('"page"', '"screen"') OR (a."name" IS NULL AND a."category" IS NULL))
  AND (CASE WHEN a."type" = '"alias"' THEN a."previousId" IS NOT NULL AND a."userId" IS NOT NULL
            ELSE a."previousId" IS NULL END)
  AND (CASE WHEN a."type" = '"group"' THEN a."groupId" IS NOT NULL ELSE a."groupId" IS NULL END)
  AND (a."userId" IS NOT NULL OR a."anonymousId" IS NOT NULL)
  AND ${idOk(col('messageId'))} AND (a."messageId" IS NOT NULL OR a.content_id IS NOT NULL)
  AND ${idOk(col('userId'))} AND ${idOk(col('anonymousId'))}
  AND ${idOk(col('previousId'))} AND ${idOk(col('groupId'))}
  AND ${timeOk(col('timestamp'), 'a.ts')} AND ${timeOk(col('originalTimestamp'), 'a.ots')}
  AND ${timeOk(col('sentAt'), 'a.sat')} AND ${timeOk(col('receivedAt'), 'a.rat')}
  AND (a."context" IS NULL OR ${isObject(col('context'))})
  AND (a."properties" IS NULL OR ${isObject(col('properties'))})
  AND (a."traits" IS NULL OR ${isObject(col('traits'))})
  AND (a."integrations" IS NULL OR ${isObject(col('integrations'))})
)`;

/** `traits` as normalizeMessage stores them: identify/group traits, else context.traits; non-empty objects only. */
const TRAITS = `(CASE WHEN a."type" IN ('"identify"', '"group"') THEN coalesce(a."traits", a.ci[1]) ELSE a.ci[1] END)`;

/**
 * What `inferChannel` reads, as one text key per distinct combination (decoded by
 * `channelFromKey`): member JSON texts joined by U+001F, which JSON text never holds unescaped.
 * The URLs only matter for their utm_* parameters or, beside a referrer, for their host; otherwise
 * they are dropped so that page URLs do not multiply the keys.
 */
const CONTEXT_INPUTS = [
  '$.traits',
  '$.channel',
  '$.page.url',
  '$.page.referrer',
  '$.campaign.medium',
  '$.campaign.source',
  '$.library.name',
];
const CONTEXT_TYPES = ['$.page', '$.campaign', '$.app'];
const PROPERTY_INPUTS = ['$.channel', '$.url', '$.referrer'];

const CHANNEL_KEY = `concat_ws(chr(31), s.type_text,
    coalesce(s.ci[2]::VARCHAR, ''), CASE WHEN s.keep_url THEN coalesce(s.ci[3]::VARCHAR, '') ELSE '' END,
    coalesce(s.ci[4]::VARCHAR, ''), coalesce(s.ci[5]::VARCHAR, ''), coalesce(s.ci[6]::VARCHAR, ''),
    coalesce(s.ci[7]::VARCHAR, ''),
    coalesce(s.pi[1]::VARCHAR, ''), CASE WHEN s.keep_url THEN coalesce(s.pi[2]::VARCHAR, '') ELSE '' END,
    coalesce(s.pi[3]::VARCHAR, ''),
    coalesce(s.ct[1], ''), coalesce(s.ct[2], ''), coalesce(s.ct[3], ''))`;

/**
 * Per non-blank line of `temp.bulk_lines`, in file order: its number (the table keeps file order,
 * so rowid + 1), its count of top-level members, its size, whether it starts with a byte-order
 * mark, the content-derived messageId the importer gives rows without one (`import-` + the first
 * 32 base64url characters of the line's SHA-256, as import-file.ts computes it), and each member
 * of MESSAGE_MEMBERS as JSON text (NULL when absent; a JSON null stays the text `null`, which no
 * check accepts).
 */
function membersSql(): string {
  return `
    SELECT line_no, len(json_keys(line)) AS members, strlen(line) AS bytes,
      starts_with(line, chr(65279)) AS bom,
      CASE WHEN NOT contains(line, '"messageId"') THEN
        replace(replace(rtrim(to_base64(unhex(sha256(
          CASE WHEN ends_with(line, chr(13)) THEN line[1:-2] ELSE line END))), '='), '+', '-'), '/', '_')[1:32]
      END AS content_id,
      ${MESSAGE_MEMBERS.map((m, i) => `m[${i + 1}] AS "${m}"`).join(', ')}
    FROM (
      -- One parse of the line for all members.
      SELECT line_no, line, json_extract(line, ${sqlList(MESSAGE_MEMBERS.map((m) => `$.${m}`))}) AS m
      FROM (SELECT rowid + 1 AS line_no, line FROM temp.bulk_lines)
      WHERE line IS NOT NULL AND (starts_with(line, '{') OR trim(line, ' ' || chr(9) || chr(13)) <> ''))`;
}

/**
 * The normalised rows, one per non-blank line, with \`ok\` saying whether the SQL checks vouch for
 * the row. \`$1\` is the import's receive time (TIMESTAMP, UTC). Reads the session's temp table
 * \`bulk_lines\` (each line of the file whole, in file order).
 */
export function stagedRowsSql(): string {
  // Layers so that each line is parsed once, each JSON member once, and each instant computed once.
  const parsed = `
    SELECT a.*,
      ${instant(col('timestamp'))} AS ts, ${instant(col('originalTimestamp'))} AS ots,
      ${instant(col('sentAt'))} AS sat, ${instant(col('receivedAt'))} AS rat,
      CASE WHEN ${isString(col('event'))} THEN ${unquote(col('event'))} END AS ev,
      json_extract(a."context", ${sqlList(CONTEXT_INPUTS)}) AS ci,
      json_type(a."context", ${sqlList(CONTEXT_TYPES)}) AS ct,
      -- Most events' properties name none of these: skip parsing them (names are written
      -- verbatim in JSON text, so a member named "url" always shows as "url" in it).
      CASE WHEN contains(a."properties", '"channel"') OR contains(a."properties", '"url"')
        OR contains(a."properties", '"referrer"')
        THEN json_extract(a."properties", ${sqlList(PROPERTY_INPUTS)}) END AS pi
    FROM (${membersSql()}) a`;
  const normalised = `
    SELECT a.line_no,
      coalesce(${FAST_ROW_OK}, false) AS ok,
      coalesce(${idValue(col('messageId'))}, 'import-' || a.content_id) AS message_id,
      a."type"->>'$' AS type_text,
      CASE a."type" WHEN '"track"' THEN a.ev WHEN '"page"' THEN '$page' WHEN '"screen"' THEN '$screen'
        WHEN '"identify"' THEN '$identify' WHEN '"alias"' THEN '$alias' ELSE '$group' END AS event,
      CASE WHEN a."type" IN ('"page"', '"screen"') THEN a."name"->>'$' END AS name,
      ${idValue(col('userId'))} AS user_id,
      ${idValue(col('anonymousId'))} AS anonymous_id,
      ${idValue(col('previousId'))} AS previous_id,
      ${idValue(col('groupId'))} AS group_id,
      coalesce(a.ts, CASE WHEN a.sat IS NOT NULL THEN $1::TIMESTAMP - (a.sat - a.ots) END, a.ots, $1::TIMESTAMP) AS timestamp,
      a.sat AS sent_at,
      a.ci, a.ct, a.pi,
      a.ci[4] IS NOT NULL OR a.pi[3] IS NOT NULL
        OR contains(a.ci[3]::VARCHAR, 'utm_') OR contains(a.pi[2]::VARCHAR, 'utm_') AS keep_url,
      coalesce(a."properties", '{}') AS properties,
      coalesce(a."context", '{}') AS context,
      ${TRAITS} AS traits_any
    FROM (${parsed}) a`;
  return `
    SELECT line_no, ok, message_id, type_text AS type, event, name, user_id, anonymous_id, previous_id,
      group_id, timestamp, sent_at, NULL::VARCHAR AS channel,
      CASE WHEN ok THEN ${CHANNEL_KEY} END AS channel_key,
      properties, context,
      CASE WHEN starts_with(traits_any, '{') AND traits_any <> '{}' THEN traits_any END AS traits
    FROM (${normalised}) s`;
}

/** The fields of a channel key, in the order CHANNEL_KEY writes them. */
export interface ChannelKeyFields {
  type: string;
  context: Record<string, unknown>;
  properties: Record<string, unknown>;
}

/**
 * Rebuilds from a channel key the parts of context and properties that inferChannel reads, with
 * their JSON types intact (a numeric `channel` stays a number, so it is still not a channel name).
 */
export function channelKeyFields(key: string): ChannelKeyFields {
  const f = key.split('\u001f');
  const json = (i: number): unknown => (f[i] ? JSON.parse(f[i]!) : undefined);
  const [cChannel, pageUrl, pageReferrer, medium, source, library] = [1, 2, 3, 4, 5, 6].map(json);
  const [pChannel, pUrl, pReferrer] = [7, 8, 9].map(json);
  const [pageType, campaignType, appType] = [f[10], f[11], f[12]];
  const context: Record<string, unknown> = { channel: cChannel };
  if (pageType === 'OBJECT') context.page = { url: pageUrl, referrer: pageReferrer };
  if (campaignType === 'OBJECT') context.campaign = { medium, source };
  if (appType === 'OBJECT') context.app = {};
  if (library !== undefined) context.library = { name: library };
  return { type: f[0]!, context, properties: { channel: pChannel, url: pUrl, referrer: pReferrer } };
}

function sqlList(paths: readonly string[]): string {
  // Constant JSON paths of ours; no input reaches this text.
  return `[${paths.map((p) => `'${p}'`).join(', ')}]`;
}
