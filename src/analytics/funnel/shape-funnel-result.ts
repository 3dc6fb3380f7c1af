import type { FunnelSpec } from '../spec/funnel-spec.ts';
import type { FunnelResult, FunnelStepResult } from './funnel-result.ts';
import type { FunnelGroupRow } from './funnel-rows.ts';

const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/**
 * Per-step results of one group from its counts and times: conversion from step 1 and from the
 * previous step, drop-off as persons and as a share of the previous step.
 * Example: counts [10, 4] → step 2 `{ count: 4, conversionRate: 0.4, stepConversionRate: 0.4,
 * dropOff: 6, dropOffRate: 0.6 }`.
 */
export function funnelSteps(spec: Pick<FunnelSpec, 'steps'>, group: FunnelGroupRow): FunnelStepResult[] {
  const first = group.counts[0] ?? 0;
  return spec.steps.map((step, i) => {
    const count = group.counts[i] ?? 0;
    const previous = i === 0 ? count : (group.counts[i - 1] ?? 0);
    const result: FunnelStepResult = {
      event: step.event,
      label: step.label ?? step.event,
      count,
      conversionRate: ratio(count, first),
      stepConversionRate: ratio(count, previous),
      dropOff: previous - count,
      dropOffRate: ratio(previous - count, previous),
      avgSecondsFromPrevious: i === 0 ? null : (group.avgSeconds[i] ?? null),
      medianSecondsFromPrevious: i === 0 ? null : (group.medianSeconds[i] ?? null),
    };
    const persons = group.persons?.[i];
    if (persons) result.persons = persons;
    return result;
  });
}

/** The API result from the query's groups: the total, and with a breakdown each group. */
export function shapeFunnelResult(
  spec: Pick<FunnelSpec, 'steps' | 'breakdown' | 'interval'>,
  rows: { total: FunnelGroupRow; groups: FunnelGroupRow[]; buckets?: FunnelGroupRow[] },
): FunnelResult {
  const result: FunnelResult = { steps: funnelSteps(spec, rows.total) };
  if (spec.breakdown) {
    result.breakdown = rows.groups.map((g) => ({
      value: g.other ? 'other' : g.value,
      ...(g.other ? { other: true as const } : {}),
      steps: funnelSteps(spec, g),
    }));
  }
  if (spec.interval) {
    result.overTime = (rows.buckets ?? []).map((b) => ({
      start: b.bucket!.toISOString(),
      steps: funnelSteps(spec, b),
    }));
  }
  return result;
}
