import {
  type ImportMapErrorCode,
  importMapJson,
  type JourneyMap,
  MAP_SCHEMA_VERSION,
} from '../../../../src/model/index.ts';

/** The largest map the API stores (MAX_MAP_BYTES in src/server/services/map-doc.ts): 2 MiB. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export interface ImportProblem {
  code: ImportMapErrorCode;
  /** Where the first problem is in the file, e.g. `stages[1].name`. */
  path?: string;
  /** How many problems the file has (`invalid_map`). */
  count?: number;
  /** The checker's own words (English), shown as a detail under the translated message. */
  detail: string;
}

export type ImportCheck = { ok: true; map: JourneyMap } | { ok: false; problem: ImportProblem };

/**
 * Checks a chosen file before anything is sent, with the model's own import rules: at most
 * MAX_IMPORT_BYTES (`bytes`, the file's size, is checked before its text is even read), JSON,
 * a journey map, not from a newer schema version, valid. The API checks the same again.
 *
 * Example: `checkImportFile('{', 1)` → `{ ok: false, problem: { code: 'invalid_json', … } }`.
 */
export function checkImportFile(text: string | null, bytes: number): ImportCheck {
  if (bytes > MAX_IMPORT_BYTES || text === null) {
    return {
      ok: false,
      problem: {
        code: 'too_large',
        detail: `The file has ${bytes} bytes; the limit is ${MAX_IMPORT_BYTES} bytes.`,
      },
    };
  }
  const result = importMapJson(text, { maxBytes: MAX_IMPORT_BYTES });
  if (result.ok) return result;
  const { code, path, issues, message } = result.error;
  return { ok: false, problem: { code, path, count: issues?.length, detail: message } };
}

/** The newest map schema this app reads, for the "made by a newer version" message. */
export const SUPPORTED_SCHEMA_VERSION = MAP_SCHEMA_VERSION;
