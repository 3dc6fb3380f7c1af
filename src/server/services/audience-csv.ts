import type { PersonDetails } from '../../analytics/audiences/person-details.ts';

/** Traits that get a column of their own in the export; the rest go into `traits` as JSON. */
export const KEY_TRAITS = ['email', 'name', 'phone'] as const;

export const AUDIENCE_CSV_HEADER = ['person_id', 'ids', ...KEY_TRAITS, 'traits'];

/**
 * One CSV cell (RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled). A
 * cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so a
 * spreadsheet shows it as text instead of running it as a formula (OWASP, "CSV Injection").
 * Example: `csvCell('=1+2')` → `'=1+2`; `csvCell('a,b')` → `"a,b"`.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const text = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/**
 * The CSV lines (CRLF-terminated) of persons: their id, every linked id (separated by spaces),
 * e-mail, name and phone traits, and the other traits as one JSON object.
 */
export function audienceCsvLines(persons: readonly PersonDetails[]): string {
  return persons
    .map((p) => {
      const rest = Object.fromEntries(
        Object.entries(p.traits).filter(([k]) => !(KEY_TRAITS as readonly string[]).includes(k)),
      );
      const cells = [
        p.id,
        p.ids.join(' '),
        ...KEY_TRAITS.map((k) => text(p.traits[k])),
        JSON.stringify(rest),
      ];
      return `${cells.map(csvCell).join(',')}\r\n`;
    })
    .join('');
}
