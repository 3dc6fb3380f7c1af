import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issue.ts';
import { StageSchema } from './stage.ts';

describe('StageSchema', () => {
  it('accepts a minimal stage and one from a template', () => {
    expect(StageSchema.parse({ id: 's1', name: 'Onboarding' })).toEqual({ id: 's1', name: 'Onboarding' });
    const fromTemplate = { id: 's2', name: 'Zakup', description: 'Klient kupuje.', templateKey: 'purchase' };
    expect(StageSchema.parse(fromTemplate)).toEqual(fromTemplate);
  });

  it('has no order field: order is the array position', () => {
    const issues = formatIssues(StageSchema.safeParse({ id: 's1', name: 'A', order: 1 }).error?.issues ?? []);
    expect(issues).toEqual([{ path: 'order', message: 'Unknown field "order"' }]);
  });

  it('rejects a blank name and a malformed template key', () => {
    const issues = formatIssues(
      StageSchema.safeParse({ id: 's1', name: ' ', templateKey: 'Post Purchase' }).error?.issues ?? [],
    );
    expect(issues.map((i) => i.path)).toEqual(['name', 'templateKey']);
  });
});
