import type {
  JourneyStageResult,
  JourneyTouchpointResult,
} from '../../../src/analytics/journey/journey-result.ts';

/** How a figure's value is written: see format.ts. */
export type FigureKind = 'count' | 'percent' | 'duration' | 'nps';

export interface Figure {
  /** Stable name, used for the label's translation key and as `data-figure` in the page. */
  key: 'reach' | 'toNextStage' | 'dropOff' | 'medianTime' | 'nps' | 'csat' | 'persons';
  kind: FigureKind;
  value: number | null;
  /** A rate shown beside a count (drop-off: `120 (35%)`). */
  rate?: number | null;
  /** Survey responses behind an NPS or CSAT value, shown as "n = 45". */
  responses?: number;
}

/**
 * The live numbers a touchpoint card shows, in display order. An unbound touchpoint has no event
 * figures (only survey scores, when surveys name it: an offline store visit can be surveyed); on
 * the last measured stage there is no later stage, so only reach (see `isLastStage`); NPS and
 * CSAT appear only when there are responses. An empty list means "nothing measured".
 *
 * Example: a bound touchpoint with reach 200, 50 of whom never reached a later stage, no surveys →
 * reach 200, to-next-stage 75%, drop-off 50 (25%), median time.
 */
export function touchpointFigures(result: JourneyTouchpointResult): Figure[] {
  const figures: Figure[] = [];
  if (result.measured) {
    figures.push({ key: 'reach', kind: 'count', value: result.reach });
    if (!isLastStage(result)) {
      figures.push(
        { key: 'toNextStage', kind: 'percent', value: result.toNextStageRate },
        { key: 'dropOff', kind: 'count', value: result.dropOff, rate: result.dropOffRate },
        { key: 'medianTime', kind: 'duration', value: result.medianSecondsToNextStage },
      );
    }
  }
  if (result.nps.count > 0) {
    figures.push({ key: 'nps', kind: 'nps', value: result.nps.value, responses: result.nps.count });
  }
  if (result.csat.count > 0) {
    figures.push({ key: 'csat', kind: 'percent', value: result.csat.value, responses: result.csat.count });
  }
  return figures;
}

/**
 * Whether a measured touchpoint or stage is on the last measured stage: the API gives its
 * "to the next stage" figures as null (nothing later to reach), where 0 would be a measured zero.
 */
export function isLastStage(result: JourneyTouchpointResult | JourneyStageResult): boolean {
  if (!result.measured) return false;
  return 'toNextStageRate' in result ? result.toNextStageRate === null : result.conversionToNext === null;
}

/** The figures under a stage's name: persons in it, conversion to a later stage, median time. */
export function stageFigures(result: JourneyStageResult): Figure[] {
  if (!result.measured) return [];
  const persons: Figure = { key: 'persons', kind: 'count', value: result.persons };
  if (isLastStage(result)) return [persons];
  return [
    persons,
    { key: 'toNextStage', kind: 'percent', value: result.conversionToNext },
    { key: 'medianTime', kind: 'duration', value: result.medianSecondsInStage },
  ];
}
