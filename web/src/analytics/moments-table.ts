import type { GroupRate, MomentOfTruth } from '../../../src/analytics/insights/moments-of-truth.ts';
import type { DifferenceEstimate } from '../../../src/analytics/insights/risk-difference.ts';
import type { LaneItemOf } from '../../../src/model/index.ts';
import { formatCount, formatPercent, NOT_MEASURED } from '../format/format.ts';

/** How a touchpoint was judged; each has a sentence under `momentsOfTruth.status`. */
export type MomentStatus = 'moment' | 'noEffect' | 'tooFew' | 'outcome';

/** A difference of two rates in percentage points, with its 95% interval. */
export interface DifferenceCell {
  difference: string;
  low: string;
  high: string;
}

export interface GroupCell {
  rate: string;
  outcome: string;
  persons: string;
}

/** One judged touchpoint as the table shows it, every figure written in the language. */
export interface MomentRow {
  touchpointId: string;
  name: string;
  stage: string;
  with: GroupCell;
  without: GroupCell;
  crude: DifferenceCell | null;
  stratified: DifferenceCell | null;
  status: MomentStatus;
  /** The card the API proposes for the map's moment-of-truth lane; only on moments of truth. */
  laneItem: LaneItemOf<'moment_of_truth'> | null;
}

/**
 * A rate difference (a fraction) in signed percentage points with one decimal.
 * Example: `formatPoints(0.216, 'en')` → `'+21.6'`; `formatPoints(-0.655, 'pl')` → `'-65,5'`.
 */
export function formatPoints(fraction: number, language: string): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fraction * 100);
}

const groupCell = (g: GroupRate, language: string): GroupCell => ({
  rate: g.rate === null ? NOT_MEASURED : formatPercent(g.rate, language),
  outcome: formatCount(g.outcome, language),
  persons: formatCount(g.persons, language),
});

const differenceCell = (d: DifferenceEstimate | null, language: string): DifferenceCell | null =>
  d === null
    ? null
    : {
        difference: formatPoints(d.difference, language),
        low: formatPoints(d.low, language),
        high: formatPoints(d.high, language),
      };

/** A touchpoint that is the outcome itself, too few persons, no clear effect, or a moment of truth. */
export function momentStatus(m: MomentOfTruth): MomentStatus {
  if (m.isOutcome) return 'outcome';
  if (!m.judged) return 'tooFew';
  return m.isMoment ? 'moment' : 'noEffect';
}

/**
 * The rows of the moments-of-truth table in the API's order (moments of truth first, by the size
 * of the effect). Stage names come from the map; an unknown stage shows its id.
 */
export function momentRows(
  moments: readonly MomentOfTruth[],
  stageNames: ReadonlyMap<string, string>,
  language: string,
): MomentRow[] {
  return moments.map((m) => ({
    touchpointId: m.touchpointId,
    name: m.name,
    stage: stageNames.get(m.stageId) ?? m.stageId,
    with: groupCell(m.with, language),
    without: groupCell(m.without, language),
    crude: differenceCell(m.crude, language),
    stratified: differenceCell(m.stratified, language),
    status: momentStatus(m),
    laneItem: m.laneItem,
  }));
}

/**
 * The values of the moment-of-truth card's sentence (`momentsOfTruth.laneText`), written in the
 * map's language rather than the interface's: the card belongs to the map, and everyone who
 * opens the map reads it. Null when the touchpoint is not a moment of truth.
 */
export function laneTextValues(
  m: MomentOfTruth,
  stageName: string,
  mapLanguage: string,
): { name: string; difference: string; low: string; high: string; stage: string } | null {
  if (!m.isMoment || m.stratified === null) return null;
  return {
    name: m.name,
    difference: formatPoints(m.stratified.difference, mapLanguage),
    low: formatPoints(m.stratified.low, mapLanguage),
    high: formatPoints(m.stratified.high, mapLanguage),
    stage: stageName,
  };
}
