import type { JourneyResult, TransitionKind } from '../../../src/analytics/journey/journey-result.ts';
import type { JourneySpecInput } from '../../../src/analytics/spec/journey-spec.ts';
import type { FunnelChartOption } from './funnel-chart-option.ts';

/** What the stage-flow form holds: the map, and whose flow ('' = everyone). */
export interface StageFlowForm {
  mapId: string;
  persona: string;
}

/**
 * The journey spec of the form, or null while no map is chosen.
 * Example: `{ mapId: 'm1', persona: 'p1' }` → `{ type: 'journey', mapId: 'm1', persona: 'p1' }`.
 */
export function buildStageFlowSpec(form: StageFlowForm): JourneySpecInput | null {
  if (form.mapId === '') return null;
  return form.persona === ''
    ? { type: 'journey', mapId: form.mapId }
    : { type: 'journey', mapId: form.mapId, persona: form.persona };
}

/** One move between stages for the table, with the stages' names. */
export interface TransitionRow {
  from: string;
  to: string;
  kind: TransitionKind;
  persons: number;
  count: number;
}

/**
 * The moves between stages by name, most persons first (ties in the API's stage order), so the
 * table opens with the main flow. Stage ids the map no longer has are shown as they are.
 */
export function transitionRows(result: JourneyResult): TransitionRow[] {
  const names = new Map(result.stages.map((s) => [s.id, s.name]));
  return result.transitions
    .map((t, i) => ({ row: { ...t, from: names.get(t.from) ?? t.from, to: names.get(t.to) ?? t.to }, i }))
    .sort((a, b) => b.row.persons - a.row.persons || a.i - b.i)
    .map(({ row }) => row);
}

// The palette of the stylesheet (web/src/styles.css), as the funnel chart uses it.
const MOVED = '#1f4fa8';
const DROPPED = '#e8a19b';
const TEXT = '#1b2230';
const MUTED = '#4b5565';
const GRID_LINE = '#d5dae2';

/**
 * Persons per measured stage as stacked bars: those who moved on to a later stage, and on top
 * those who dropped off there; the last measured stage has nowhere to move on to, so all its
 * persons count as reached. Unmeasured stages are left out (their figures are null, not zero).
 */
export function stageFlowChartOption(
  result: JourneyResult,
  text: { movedOn: string; droppedOff: string; formatCount: (n: number) => string },
): FunnelChartOption {
  const stages = result.stages.filter((s) => s.measured);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: TEXT } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: stages.map((s) => s.name), axisLabel: { color: TEXT, interval: 0 } },
    yAxis: {
      type: 'value',
      axisLabel: { color: MUTED, formatter: (v: number) => text.formatCount(v) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        name: text.movedOn,
        type: 'bar',
        stack: 'stage',
        itemStyle: { color: MOVED },
        data: stages.map((s) => s.converted ?? s.persons ?? 0),
      },
      {
        name: text.droppedOff,
        type: 'bar',
        stack: 'stage',
        itemStyle: { color: DROPPED },
        data: stages.map((s) => s.dropOff ?? 0),
      },
    ],
  };
}
