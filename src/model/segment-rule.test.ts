import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issue.ts';
import { SegmentRuleSchema } from './segment-rule.ts';

describe('SegmentRuleSchema', () => {
  it('accepts all/any lists of trait conditions', () => {
    const rule = {
      match: 'any',
      conditions: [
        { trait: 'age', op: 'gte', value: 65 },
        { trait: 'preferred_store', op: 'is_set' },
      ],
    };
    expect(SegmentRuleSchema.parse(rule)).toEqual(rule);
  });

  it('rejects an empty rule, an unknown combinator and a property key', () => {
    const issues = (input: unknown) => formatIssues(SegmentRuleSchema.safeParse(input).error?.issues ?? []);
    expect(issues({ match: 'all', conditions: [] })).toEqual([
      { path: 'conditions', message: 'A segment rule needs at least one condition' },
    ]);
    expect(issues({ match: 'none', conditions: [{ trait: 'a', op: 'is_set' }] })[0]?.path).toBe('match');
    expect(
      issues({ match: 'all', conditions: [{ property: 'a', op: 'is_set' }] }).map((i) => i.path),
    ).toEqual(['conditions[0].trait', 'conditions[0].property']);
  });
});
