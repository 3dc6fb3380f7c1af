import { type FormattedIssue, formatIssues } from './format-issue.ts';
import { type JourneyMap, JourneyMapSchema, MAP_SCHEMA_VERSION } from './journey-map.ts';

/** Default upper bound on input size: ample for a map, small enough to refuse a stray dump. */
export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportMapErrorCode =
  | 'too_large'
  | 'invalid_json'
  | 'not_a_map'
  | 'newer_schema_version'
  | 'invalid_map';

export interface ImportMapError {
  code: ImportMapErrorCode;
  /** Ready to show; starts with the path when there is one. */
  message: string;
  /** Where the first problem is, e.g. `touchpoints[2].stageId`. */
  path?: string;
  /** Every validation problem (first 100), for `invalid_map`. */
  issues?: FormattedIssue[];
}

export type ImportMapResult = { ok: true; map: JourneyMap } | { ok: false; error: ImportMapError };

export interface ImportMapOptions {
  /** Largest accepted input in UTF-8 bytes; defaults to DEFAULT_MAX_IMPORT_BYTES (5 MiB). */
  maxBytes?: number;
}

const fail = (error: ImportMapError): ImportMapResult => ({ ok: false, error });

// UTF-8 takes 1–3 bytes per UTF-16 code unit (a surrogate pair, 2 units, takes 4), so the length
// alone settles most inputs without encoding a possibly huge string.
function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a map from JSON text written by `exportMapJson` (or by hand). Never throws: returns
 * `{ ok: true, map }` or `{ ok: false, error: { code, message, path? } }`.
 * Example: `const r = importMapJson(text); if (!r.ok) console.error(r.error.message)`.
 */
export function importMapJson(text: string, options: ImportMapOptions = {}): ImportMapResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (utf8Length(text, maxBytes) > maxBytes) {
    return fail({ code: 'too_large', message: `The file is larger than the limit of ${maxBytes} bytes` });
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return fail({ code: 'invalid_json', message: `The file is not valid JSON: ${reason}` });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail({ code: 'not_a_map', message: 'Expected a journey map: a JSON object with a schemaVersion' });
  }

  // Checked before the schema: a newer map may look "invalid" in many places, and the one useful
  // thing to tell the user is to update. Older versions would be migrated here, once there are any.
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > MAP_SCHEMA_VERSION) {
    return fail({
      code: 'newer_schema_version',
      path: 'schemaVersion',
      message:
        `This map was made by a newer version of Journeylens (schema version ${version}); ` +
        `this version reads up to ${MAP_SCHEMA_VERSION}. Update Journeylens to import it.`,
    });
  }

  const parsed = JourneyMapSchema.safeParse(data);
  if (!parsed.success) {
    const all = formatIssues(parsed.error.issues);
    const issues = all.slice(0, 100);
    const first = issues[0] ?? { path: '(root)', message: 'Invalid map' };
    const more = all.length > 1 ? ` (and ${all.length - 1} more)` : '';
    return fail({
      code: 'invalid_map',
      path: first.path,
      message: `${first.path}: ${first.message}${more}`,
      issues,
    });
  }
  return { ok: true, map: parsed.data };
}
