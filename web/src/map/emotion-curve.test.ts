import { describe, expect, it } from 'vitest';
import type { LaneItem, Stage } from '../../../src/model/index.ts';
import { emotionCurve, hasEmotionScores } from './emotion-curve.ts';

const stages: Stage[] = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];

describe('emotionCurve', () => {
  it('averages the emotion cards of each stage and leaves a gap where there are none', () => {
    const laneItems: LaneItem[] = [
      { id: '1', lane: 'emotion', stageId: 'a', score: 2 },
      { id: '2', lane: 'emotion', stageId: 'a', score: -1, text: 'but the price' },
      { id: '3', lane: 'emotion', stageId: 'c', score: -2 },
      { id: '4', lane: 'goal', stageId: 'b', text: 'not an emotion' },
    ];
    const points = emotionCurve({ stages, laneItems });
    expect(points.map((p) => p.score)).toEqual([0.5, null, -2]);
    expect(points.map((p) => p.cards)).toEqual([2, 0, 1]);
    expect(points.map((p) => p.stageName)).toEqual(['A', 'B', 'C']);
    expect(hasEmotionScores(points)).toBe(true);
  });

  it('counts high pain points and moments of truth per stage for the markers', () => {
    const laneItems: LaneItem[] = [
      { id: '1', lane: 'pain_point', stageId: 'b', text: 'late delivery', severity: 'high' },
      { id: '2', lane: 'pain_point', stageId: 'b', text: 'no tracking', severity: 'medium' },
      { id: '3', lane: 'moment_of_truth', stageId: 'c', text: 'first unboxing' },
    ];
    const points = emotionCurve({ stages, laneItems });
    expect(points.map((p) => p.highPainPoints)).toEqual([0, 1, 0]);
    expect(points.map((p) => p.momentsOfTruth)).toEqual([0, 0, 1]);
    expect(hasEmotionScores(points)).toBe(false);
  });
});
