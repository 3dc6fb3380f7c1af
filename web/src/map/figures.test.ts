import { describe, expect, it } from 'vitest';
import type {
  JourneyStageResult,
  JourneyTouchpointResult,
} from '../../../src/analytics/journey/journey-result.ts';
import { isLastStage, stageFigures, touchpointFigures } from './figures.ts';

const noSurveys = {
  nps: { value: null, count: 0, promoters: 0, passives: 0, detractors: 0 },
  csat: { value: null, count: 0, satisfied: 0 },
};

const measured: JourneyTouchpointResult = {
  id: 'tp',
  stageId: 's',
  name: 'Product page',
  measured: true,
  reach: 200,
  volume: 450,
  converted: 150,
  toNextStageRate: 0.75,
  medianSecondsToNextStage: 3_600,
  dropOff: 50,
  dropOffRate: 0.25,
  ...noSurveys,
};

describe('touchpointFigures', () => {
  it('shows reach, conversion, drop-off with its rate and median time for a bound touchpoint', () => {
    expect(touchpointFigures(measured)).toEqual([
      { key: 'reach', kind: 'count', value: 200 },
      { key: 'toNextStage', kind: 'percent', value: 0.75 },
      { key: 'dropOff', kind: 'count', value: 50, rate: 0.25 },
      { key: 'medianTime', kind: 'duration', value: 3_600 },
    ]);
  });

  it('adds NPS and CSAT only when someone answered', () => {
    const figures = touchpointFigures({
      ...measured,
      nps: { value: 20, count: 10, promoters: 5, passives: 2, detractors: 3 },
      csat: { value: 0.8, count: 5, satisfied: 4 },
    });
    expect(figures.slice(4)).toEqual([
      { key: 'nps', kind: 'nps', value: 20, responses: 10 },
      { key: 'csat', kind: 'percent', value: 0.8, responses: 5 },
    ]);
  });

  it('gives an unbound touchpoint only its survey scores, or nothing', () => {
    const unbound: JourneyTouchpointResult = {
      ...measured,
      measured: false,
      reach: null,
      volume: null,
      converted: null,
      toNextStageRate: null,
      medianSecondsToNextStage: null,
      dropOff: null,
      dropOffRate: null,
    };
    expect(touchpointFigures(unbound)).toEqual([]);
    expect(
      touchpointFigures({ ...unbound, csat: { value: 0.5, count: 2, satisfied: 1 } }).map((f) => f.key),
    ).toEqual(['csat']);
  });

  it('gives a touchpoint of the last measured stage its reach only: there is no later stage', () => {
    const last = {
      ...measured,
      converted: null,
      toNextStageRate: null,
      medianSecondsToNextStage: null,
      dropOff: null,
      dropOffRate: null,
    };
    expect(isLastStage(last)).toBe(true);
    expect(touchpointFigures(last)).toEqual([{ key: 'reach', kind: 'count', value: 200 }]);
  });

  it('treats a measured 0% as a figure, not as the last stage', () => {
    const none = {
      ...measured,
      converted: 0,
      toNextStageRate: 0,
      medianSecondsToNextStage: null,
      dropOff: 200,
      dropOffRate: 1,
    };
    expect(isLastStage(none)).toBe(false);
    expect(touchpointFigures(none).find((f) => f.key === 'toNextStage')?.value).toBe(0);
  });
});

describe('stageFigures', () => {
  const stage: JourneyStageResult = {
    id: 's',
    name: 'Purchase',
    measured: true,
    persons: 80,
    converted: 20,
    conversionToNext: 0.25,
    dropOff: 60,
    dropOffRate: 0.75,
    medianSecondsInStage: 86_400,
  };

  it('shows persons, conversion to a later stage and median time in the stage', () => {
    expect(stageFigures(stage)).toEqual([
      { key: 'persons', kind: 'count', value: 80 },
      { key: 'toNextStage', kind: 'percent', value: 0.25 },
      { key: 'medianTime', kind: 'duration', value: 86_400 },
    ]);
  });

  it('shows only the persons of the last measured stage', () => {
    const last = {
      ...stage,
      converted: null,
      conversionToNext: null,
      dropOff: null,
      dropOffRate: null,
      medianSecondsInStage: null,
    };
    expect(isLastStage(last)).toBe(true);
    expect(stageFigures(last)).toEqual([{ key: 'persons', kind: 'count', value: 80 }]);
  });

  it('shows nothing for a stage none of whose touchpoints is bound', () => {
    expect(stageFigures({ ...stage, measured: false })).toEqual([]);
  });
});
