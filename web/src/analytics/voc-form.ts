import { VOC_GROUPINGS, VOC_METRICS, type VocSpecInput } from '../../../src/analytics/spec/voc-spec.ts';

export { VOC_METRICS };
export type VocMetricName = (typeof VOC_METRICS)[number];

/** Groups of the breakdown table: none, or one of the spec's groupings. */
export const VOC_BREAKDOWNS = ['none', ...VOC_GROUPINGS] as const;
export type VocBreakdown = (typeof VOC_BREAKDOWNS)[number];

export const VOC_INTERVALS = ['none', 'day', 'week', 'month'] as const;
export type VocInterval = (typeof VOC_INTERVALS)[number];

/** What the voice-of-the-customer form holds; `mapId` '' = no map chosen. */
export interface VocForm {
  by: VocBreakdown;
  mapId: string;
  interval: VocInterval;
  /** IANA zone the trend's buckets follow (the browser's). */
  timezone: string;
}

/**
 * A fresh form: every score with its weekly trend, broken down by channel (which needs no map).
 */
export function initialVocForm(timezone: string): VocForm {
  return { by: 'channel', mapId: '', interval: 'week', timezone };
}

/** Whether a breakdown reads a map: stage and persona must, touchpoint may (else as sent). */
export function breakdownNeedsMap(by: VocBreakdown): 'required' | 'optional' | 'no' {
  return by === 'stage' || by === 'persona' ? 'required' : by === 'touchpoint' ? 'optional' : 'no';
}

export type VocProblem = 'mapMissing';

/**
 * The query spec of a form (POST /api/v1/query, type voc), or what is wrong with it. Scores,
 * sentiment and themes use the API's defaults (all three scores; the workspace's survey and
 * feedback settings).
 * Example: `{ by: 'stage', mapId: 'm1', interval: 'month', timezone: 'Europe/Warsaw' }` →
 * `{ type: 'voc', by: 'stage', mapId: 'm1', interval: { unit: 'month' }, timezone: 'Europe/Warsaw' }`.
 */
export function buildVocSpec(
  form: VocForm,
): { ok: true; spec: VocSpecInput } | { ok: false; problems: VocProblem[] } {
  const needs = breakdownNeedsMap(form.by);
  if (needs === 'required' && form.mapId === '') return { ok: false, problems: ['mapMissing'] };
  const spec: VocSpecInput = { type: 'voc', timezone: form.timezone };
  if (form.by !== 'none') spec.by = form.by;
  if (needs !== 'no' && form.mapId !== '') spec.mapId = form.mapId;
  if (form.interval !== 'none') spec.interval = { unit: form.interval };
  return { ok: true, spec };
}
