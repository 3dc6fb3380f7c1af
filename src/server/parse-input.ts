import type { z } from 'zod';
import { formatIssues } from '../model/format-issue.ts';
import { HttpError } from './errors.ts';

/**
 * Validates a request body, query or path against `schema`; a 400 naming the first field and
 * problem (all of them in `details`) when it does not pass.
 * Example: `const { email } = parseInput(LoginSchema, request.body)`.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what = 'request body',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = formatIssues(parsed.error.issues);
  const first = issues[0] ?? { path: '(root)', message: 'Invalid' };
  const where = first.path === '(root)' ? what : first.path;
  throw new HttpError(400, 'invalid_request', `${where}: ${first.message}`, issues);
}
