import type { JourneyMap } from '../../../src/model/index.ts';

/** One point of the emotion curve: the stage and the researcher's score there. */
export interface EmotionPoint {
  stageId: string;
  stageName: string;
  /** Mean of the stage's emotion cards (−2..+2), or null when the stage has none: a gap, not 0. */
  score: number | null;
  /** How many emotion cards the mean is over. */
  cards: number;
  /** Pain points of the stage rated high, so the chart can mark where it hurts most. */
  highPainPoints: number;
  momentsOfTruth: number;
  /**
   * The emotion measured from survey scores and feedback sentiment (−2..+2, see
   * src/analytics/voc/measured-emotion.ts); null or absent when nothing was measured there.
   */
  measured?: number | null;
}

/**
 * The emotion curve across the map's stages from the researcher's scores. A stage with several
 * emotion cards (one per persona, say) gets their mean; a stage with none is a gap in the curve,
 * since "neutral" (0) is a judgement nobody made.
 *
 * Example: stages A, B, C with scores A: +2 and −1, C: −2 → scores `[0.5, null, -2]`.
 */
export function emotionCurve(map: Pick<JourneyMap, 'stages' | 'laneItems'>): EmotionPoint[] {
  return map.stages.map((stage) => {
    let sum = 0;
    let cards = 0;
    let highPainPoints = 0;
    let momentsOfTruth = 0;
    for (const item of map.laneItems) {
      if (item.stageId !== stage.id) continue;
      if (item.lane === 'emotion') {
        sum += item.score;
        cards++;
      } else if (item.lane === 'pain_point' && item.severity === 'high') highPainPoints++;
      else if (item.lane === 'moment_of_truth') momentsOfTruth++;
    }
    return {
      stageId: stage.id,
      stageName: stage.name,
      score: cards === 0 ? null : sum / cards,
      cards,
      highPainPoints,
      momentsOfTruth,
    };
  });
}

/** Whether the curve has anything to draw (at least one stage scored or measured). */
export function hasEmotionScores(points: EmotionPoint[]): boolean {
  return points.some((p) => p.score !== null || (p.measured ?? null) !== null);
}

/** Whether any stage has a measured emotion (the chart then draws the second line). */
export function hasMeasuredEmotion(points: EmotionPoint[]): boolean {
  return points.some((p) => (p.measured ?? null) !== null);
}

/**
 * The curve with each stage's measured emotion beside the researcher's score, from a voc query
 * by stage (`groups` keyed by stage id). Stages the query does not name stay unmeasured.
 * Example: stages A, B and groups `[{ key: 'A', emotion: { score: 1.2 } }]` → measured `[1.2, null]`.
 */
export function withMeasuredEmotion(
  points: EmotionPoint[],
  groups: readonly { key: string | null; emotion: { score: number | null } }[] | null,
): EmotionPoint[] {
  if (!groups) return points;
  const byStage = new Map(groups.flatMap((g) => (g.key === null ? [] : [[g.key, g.emotion.score] as const])));
  return points.map((p) => ({ ...p, measured: byStage.get(p.stageId) ?? null }));
}
