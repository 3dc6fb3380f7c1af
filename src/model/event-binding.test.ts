import { describe, expect, it } from 'vitest';
import { EventBindingSchema } from './event-binding.ts';
import { formatIssues } from './format-issue.ts';

describe('EventBindingSchema', () => {
  it('accepts an event with filters and a channel', () => {
    const binding = {
      event: 'Order Completed',
      where: [
        { property: 'total', op: 'gte', value: 100 },
        { property: 'coupon', op: 'is_not_set' },
      ],
      channel: 'web',
    };
    expect(EventBindingSchema.parse(binding)).toEqual(binding);
  });

  it('requires the filter list (empty is fine) and a non-blank event name', () => {
    expect(EventBindingSchema.safeParse({ event: 'Signed Up', where: [] }).success).toBe(true);
    const issues = formatIssues(EventBindingSchema.safeParse({ event: ' ' }).error?.issues ?? []);
    expect(issues.map((i) => i.path)).toEqual(['event', 'where']);
    expect(issues[0]?.message).toBe('Event name must not be blank');
  });

  it('names the path of a bad filter and an unknown channel', () => {
    const result = EventBindingSchema.safeParse({
      event: 'Page Viewed',
      where: [
        { property: 'path', op: 'eq', value: '/' },
        { property: 'ref', op: 'in' },
      ],
      channel: 'fax',
    });
    expect(formatIssues(result.error?.issues ?? []).map((i) => i.path)).toEqual([
      'where[1].value',
      'channel',
    ]);
  });
});
