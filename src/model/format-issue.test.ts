import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssuePath, formatIssues } from './format-issue.ts';

describe('formatIssuePath', () => {
  it('writes array indices in brackets and fields with dots', () => {
    expect(formatIssuePath(['laneItems', 3, 'stageId'])).toBe('laneItems[3].stageId');
    expect(formatIssuePath(['personas', 0, 'demographics', 'ageRange', 'max'])).toBe(
      'personas[0].demographics.ageRange.max',
    );
    expect(formatIssuePath([])).toBe('(root)');
  });
});

describe('formatIssues', () => {
  it('reports each unknown field at the field itself', () => {
    const schema = z.strictObject({ stages: z.array(z.strictObject({ name: z.string() })) });
    const result = schema.safeParse({ stages: [{ name: 'A', nmae: 'A', colour: 'red' }] });
    expect(result.success).toBe(false);
    expect(formatIssues(result.error?.issues ?? [])).toEqual([
      { path: 'stages[0].nmae', message: 'Unknown field "nmae"' },
      { path: 'stages[0].colour', message: 'Unknown field "colour"' },
    ]);
  });
});
