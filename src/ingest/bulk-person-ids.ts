import { randomBytes } from 'node:crypto';

/**
 * Ids for the persons a bulk load creates: a random prefix per load, laid out as the first 20
 * digits of a version-8 UUID, then the person's index in the load as the last 12 hex digits. The
 * store writes a load's persons from their indexes alone, computing the same ids in SQL
 * (`prefix || printf('%012x', index)`), so a million ids need not cross over one by one.
 * Unique: 74 random bits per load, an index per person within it.
 */
export function bulkPersonIdPrefix(): string {
  const hex = randomBytes(10).toString('hex');
  // Version 8 (custom layout) and the RFC 9562 variant (10xx), as in any UUID.
  const variant = ((Number.parseInt(hex[15]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(12, 15)}-${variant}${hex.slice(16, 19)}-`;
}

/** The id of the person with this index in the load whose prefix is `prefix`. */
export function bulkPersonId(prefix: string, index: number): string {
  return prefix + index.toString(16).padStart(12, '0');
}

/** SQL for `bulkPersonId`: `prefix` and `index` are SQL expressions (a parameter, a column). */
export function bulkPersonIdSql(prefix: string, index: string): string {
  return `(${prefix} || printf('%012x', ${index}))`;
}
