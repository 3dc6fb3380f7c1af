import { createHash } from 'node:crypto';

/**
 * A row without a messageId gets one derived from its content, so importing the same file again
 * (say, after an interrupted run) stores nothing twice: dedup by messageId then covers it. Two
 * identical rows are one event recorded twice, and count once. The bulk scan (ndjson-scan.ts) uses
 * contentMessageId on the line's bytes, so both paths agree.
 */
export function withStableMessageId(message: unknown, raw: string): unknown {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return message;
  const m = message as Record<string, unknown>;
  if (m.messageId !== undefined && m.messageId !== null && m.messageId !== '') return message;
  m.messageId = contentMessageId(raw);
  return message;
}

/** `import-` and the first 32 base64url characters of the SHA-256 of the line (text or bytes). */
export function contentMessageId(raw: string | Uint8Array): string {
  return `import-${createHash('sha256').update(raw).digest('base64url').slice(0, 32)}`;
}
