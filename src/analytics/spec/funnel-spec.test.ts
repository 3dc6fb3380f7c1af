import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../model/format-issue.ts';
import { FunnelSpecSchema, windowSeconds } from './funnel-spec.ts';

const steps = [{ event: 'Viewed' }, { event: 'Added' }, { event: 'Bought' }];
const errors = (input: Record<string, unknown>) => {
  const r = FunnelSpecSchema.safeParse({ type: 'funnel', steps, ...input });
  return r.success ? [] : formatIssues(r.error.issues);
};

describe('FunnelSpecSchema', () => {
  it('fills in PostHog’s defaults: ordered, 14 days, no exclusions', () => {
    expect(FunnelSpecSchema.parse({ type: 'funnel', steps })).toEqual({
      type: 'funnel',
      steps: steps.map((s) => ({ ...s, where: [] })),
      window: { value: 14, unit: 'day' },
      order: 'ordered',
      exclusions: [],
      where: [],
      timezone: 'UTC',
      includePersons: false,
      personLimit: 100,
    });
  });

  it('converts windows to seconds', () => {
    expect(windowSeconds({ value: 14, unit: 'day' })).toBe(1_209_600);
    expect(windowSeconds({ value: 90, unit: 'minute' })).toBe(5_400);
  });

  it('checks steps, window and order', () => {
    expect(errors({ steps: [{ event: 'Viewed' }] })).toEqual([
      { path: 'steps', message: 'A funnel needs at least 2 steps' },
    ]);
    expect(errors({ window: { value: 2, unit: 'month' } })).toEqual([
      { path: 'window.unit', message: 'Must be one of: second, minute, hour, day, week' },
    ]);
    expect(errors({ window: { value: 53, unit: 'week' } })).toEqual([
      { path: 'window.value', message: 'Must be at most 366 days' },
    ]);
    expect(errors({ order: 'any' })).toEqual([
      { path: 'order', message: 'Must be one of: ordered, strict, unordered' },
    ]);
  });

  it('checks exclusions against the steps', () => {
    expect(errors({ exclusions: [{ event: 'Left', from: 1, to: 3 }] })).toEqual([
      { path: 'exclusions[0].to', message: 'Must be a step index below 3 (steps count from 0)' },
    ]);
    expect(errors({ exclusions: [{ event: 'Left', from: 1, to: 1 }] })).toEqual([
      { path: 'exclusions[0].from', message: 'Must be less than to' },
    ]);
    expect(errors({ exclusions: [{ event: 'Added', from: 0, to: 2 }] })).toEqual([
      { path: 'exclusions[0].event', message: 'Must not be the event of a step it spans (Added)' },
    ]);
    expect(errors({ exclusions: [{ event: 'Viewed', from: 1, to: 2 }] })).toEqual([]);
    expect(errors({ order: 'unordered', exclusions: [{ event: 'Left', from: 0, to: 1 }] })).toEqual([
      { path: 'exclusions', message: 'Exclusions need steps in order: use an ordered or strict funnel' },
    ]);
  });

  it('checks the range and the breakdown', () => {
    expect(errors({ range: { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' } })).toEqual([
      { path: 'range.to', message: 'Must be later than from' },
    ]);
    expect(errors({ range: { from: '2026-03-01', to: '2026-03-02T00:00:00Z' } })).toEqual([
      { path: 'range.from', message: 'Must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T00:00:00Z' },
    ]);
    expect(errors({ breakdown: { on: 'field', name: 'channel', limit: 0 } })).toEqual([
      { path: 'breakdown.limit', message: 'Must be at least 1' },
    ]);
    expect(
      FunnelSpecSchema.parse({ type: 'funnel', steps, breakdown: { on: 'trait', name: 'plan' } }).breakdown,
    ).toEqual({
      on: 'trait',
      name: 'plan',
      limit: 10,
    });
  });
});
