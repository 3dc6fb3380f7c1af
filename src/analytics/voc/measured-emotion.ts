import type { CesStats, CsatStats, NpsStats } from './survey-stats.ts';

/** A measured emotion on the map's scale, −2 (very negative) .. +2 (very positive). */
export interface MeasuredEmotion {
  /** Null when there is nothing to measure it from: a gap in the curve, not neutral. */
  score: number | null;
  /** How many answers and scored texts it rests on. */
  basis: number;
}

/**
 * The emotion the customers' own answers and words show, on the researcher's −2..+2 scale, so the
 * map can draw a measured curve beside the judged one. Each source is mapped linearly so that its
 * neutral point is 0 and its extremes are ±2:
 * - NPS (−100..100): NPS / 50 — all detractors −2, as many promoters as detractors 0;
 * - CSAT (share satisfied, 0..1): 4 × CSAT − 2 — half satisfied 0;
 * - CES (mean on its scale min..max): 4 × (mean − min) / (max − min) − 2 — the scale's midpoint 0;
 * - text sentiment (mean, −1..1): 2 × mean.
 * The sources are averaged weighted by how many answers (texts) each has, so a stage with 400
 * NPS answers and 3 comments is mostly its NPS. Null when no source has any.
 * Example: NPS +20 over 100 answers (0.4) and sentiment −0.25 over 50 texts (−0.5) →
 * (0.4·100 − 0.5·50) / 150 = 0.1.
 */
export function measuredEmotion(parts: {
  nps?: NpsStats | undefined;
  csat?: CsatStats | undefined;
  ces?: CesStats | undefined;
  sentiment?: { mean: number | null; count: number } | null | undefined;
}): MeasuredEmotion {
  const points: [score: number, weight: number][] = [];
  const { nps, csat, ces, sentiment } = parts;
  if (nps?.value != null) points.push([nps.value / 50, nps.count]);
  if (csat?.value != null) points.push([4 * csat.value - 2, csat.count]);
  if (ces?.value != null) {
    points.push([(4 * (ces.value - ces.scale.min)) / (ces.scale.max - ces.scale.min) - 2, ces.count]);
  }
  if (sentiment?.mean != null && sentiment.count > 0) points.push([2 * sentiment.mean, sentiment.count]);
  const basis = points.reduce((s, [, w]) => s + w, 0);
  if (basis === 0) return { score: null, basis: 0 };
  const score = points.reduce((s, [x, w]) => s + x * w, 0) / basis;
  return { score: Math.max(-2, Math.min(2, score)), basis };
}
