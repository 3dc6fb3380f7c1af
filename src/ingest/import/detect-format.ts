import { extname } from 'node:path';

export const IMPORT_FORMATS = ['csv', 'ndjson', 'parquet'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  // A `.json` export of events is almost always one event per line (Segment, RudderStack);
  // a single JSON array shows up as "not a JSON object" rows, which says what is wrong.
  '.json': 'ndjson',
  '.parquet': 'parquet',
};

/**
 * The import format: `--format` if given, else from the file extension. Throws with what to pass
 * when neither says.
 *
 * @example detectFormat('events.jsonl') // 'ndjson'
 * @example detectFormat('dump.txt', 'csv') // 'csv'
 */
export function detectFormat(path: string, format?: string): ImportFormat {
  const choices = IMPORT_FORMATS.join(', ');
  if (format !== undefined) {
    const wanted = format.trim().toLowerCase();
    if ((IMPORT_FORMATS as readonly string[]).includes(wanted)) return wanted as ImportFormat;
    throw new Error(`unknown import format "${format}"; use one of ${choices}`);
  }
  const ext = extname(path).toLowerCase();
  const detected = BY_EXTENSION[ext];
  if (detected) return detected;
  throw new Error(
    `cannot tell the format of "${path}" from its extension` +
      `${ext ? ` (${ext})` : ''}; name it .csv, .ndjson, .jsonl, .json or .parquet, or pass --format (${choices})`,
  );
}
