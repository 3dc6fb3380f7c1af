import type { z } from 'zod';

/** `['laneItems', 3, 'stageId']` → `laneItems[3].stageId`; the root is `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One validation problem, with the path as text, e.g. `{ path: 'stages[0].nmae', message: 'Unknown field "nmae"' }`. */
export interface FormattedIssue {
  path: string;
  message: string;
}

/**
 * Turns zod issues into path + message pairs a person can act on. An unknown field is reported
 * at the field itself, one entry per field, since that is where the typo is.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): FormattedIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatIssuePath([...issue.path, key]),
        message: `Unknown field "${key}"`,
      }));
    }
    return [{ path: formatIssuePath(issue.path), message: issue.message }];
  });
}
