import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issue.ts';
import { TouchpointSchema } from './touchpoint.ts';

describe('TouchpointSchema', () => {
  it('accepts an offline touchpoint without a binding', () => {
    const visit = { id: 't1', stageId: 's1', channel: 'store', name: 'Store visit', owner: 'Retail ops' };
    expect(TouchpointSchema.parse(visit)).toEqual(visit);
  });

  it('accepts a touchpoint bound to events', () => {
    const email = {
      id: 't2',
      stageId: 's3',
      channel: 'email',
      name: 'Thank-you e-mail',
      description: 'Sent after the first order, asks for a review.',
      event: { event: 'Email Opened', where: [{ property: 'campaign', op: 'eq', value: 'thank_you' }] },
    };
    expect(TouchpointSchema.parse(email)).toEqual(email);
  });

  it('names the path of errors inside the binding', () => {
    const result = TouchpointSchema.safeParse({
      id: 't3',
      stageId: 's1',
      channel: 'web',
      name: 'Home page',
      event: { event: 'Page Viewed', where: [{ property: 'path', op: 'eq', value: '/', extra: 1 }] },
    });
    expect(formatIssues(result.error?.issues ?? [])).toEqual([
      { path: 'event.where[0].extra', message: 'Unknown field "extra"' },
    ]);
  });

  it('requires stage, channel and name', () => {
    const issues = formatIssues(TouchpointSchema.safeParse({ id: 't4' }).error?.issues ?? []);
    expect(issues.map((i) => i.path)).toEqual(['stageId', 'channel', 'name']);
  });
});
