import { createHash } from 'node:crypto';

/**
 * A row without a messageId gets one derived from its content, so importing the same file again
 * (say, after an interrupted run) stores nothing twice: dedup by messageId then covers it. Two
 * identical rows are one event recorded twice, and count once. The bulk path computes the same id
 * in SQL (ndjson-stage.ts), so both paths agree.
 */
export function withStableMessageId(message: unknown, raw: string): unknown {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return message;
  const m = message as Record<string, unknown>;
  if (m.messageId !== undefined && m.messageId !== null && m.messageId !== '') return message;
  m.messageId = `import-${createHash('sha256').update(raw).digest('base64url').slice(0, 32)}`;
  return message;
}
