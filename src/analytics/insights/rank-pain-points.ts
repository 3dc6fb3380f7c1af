import { PAIN_FACTORS, type PainFactor } from '../spec/pain-points-spec.ts';
import type { NegativeFeedback } from './negative-feedback.ts';

/** What the pain-point query measured for one touchpoint that has a later stage to reach. */
export interface TouchpointOutcome {
  id: string;
  stageId: string;
  name: string;
  /** Persons who hit the touchpoint. */
  reach: number;
  /** Of those, persons who reached a later stage afterwards (within the window). */
  converted: number;
  /** Sum of the order values of the converted persons. */
  continuingValue: number;
  feedback: NegativeFeedback;
}

/** One factor of a pain point: its value in its own unit, and scaled to 0..1 for the product. */
export interface PainFactorValue {
  /** dropOff: a share 0..1; peopleAffected: persons; revenueAtRisk: money; negativeFeedback: a share 0..1, null without answers. */
  raw: number | null;
  /** raw ÷ the largest raw value among the ranked touchpoints (negative feedback: smoothed first); null when not used. */
  normalised: number | null;
  weight: number;
}

export interface PainPoint {
  /** 1 = the worst. */
  rank: number;
  touchpointId: string;
  stageId: string;
  name: string;
  /** The product of the used factors' normalised values, each to the power of its weight: 0..1. */
  score: number;
  factors: Record<PainFactor, PainFactorValue>;
  reach: number;
  /** Persons who hit the touchpoint and never reached a later stage. */
  dropped: number;
  converted: number;
  /** What a person who moves on from here spends on average: the basis of revenue at risk. */
  valuePerContinuingPerson: number;
  negativeAnswers: number;
  feedbackAnswers: number;
  /** The factors in words, e.g. "60% of 10 people drop off after it; …". */
  explanation: string;
}

export interface PainPointRanking {
  painPoints: PainPoint[];
  /** The factors in the product: weight above 0 and some touchpoint with a value above 0. */
  factorsUsed: PainFactor[];
}

/**
 * Ranks touchpoints as pain points (pure). Per touchpoint, with reach R, converted C, dropped
 * D = R − C:
 * - dropOff = D ÷ R, the share who never got further;
 * - peopleAffected = R, the persons who meet the touchpoint (dropOff × peopleAffected = D);
 * - revenueAtRisk = D × V, V the average order value of a person who moved on from here
 *   (continuing value ÷ C); when nobody moved on, V is the map-wide average over all the
 *   touchpoints' continuing persons, since the touchpoint gives no evidence of its own;
 * - negativeFeedback = negative ÷ answers. For the product it is smoothed to
 *   (negative + 1) ÷ (answers + 2), Laplace's rule of succession (the posterior mean under a
 *   uniform prior): no answers reads as an even 0.5, and 1 bad answer of 1 does not outrank
 *   30 of 60.
 * Each factor is scaled by its largest value among the touchpoints (the worst gets 1); the score
 * is the product of the scaled factors, each raised to its weight. A factor that is 0 for every
 * touchpoint (no orders carry a value, no feedback at all) cannot tell touchpoints apart and is
 * left out rather than zeroing every score. Ties: more persons dropped first, then map order.
 *
 * Example: A (R 10, C 4, value 400, 1 negative of 2) and B (R 20, C 18, value 900, no answers):
 * dropOff .6/.1, people 10/20, V 100/50, at risk 600/100, smoothed feedback .5/.5 →
 * A = 1 × .5 × 1 × 1 = .5, B = (.1/.6) × 1 × (100/600) × 1 ≈ .028.
 */
export function rankPainPoints(
  outcomes: readonly TouchpointOutcome[],
  weights: Readonly<Record<PainFactor, number>>,
): PainPointRanking {
  const ranked = outcomes.filter((o) => o.reach > 0);
  const totalConverted = ranked.reduce((s, o) => s + o.converted, 0);
  const totalValue = ranked.reduce((s, o) => s + o.continuingValue, 0);
  const fallbackValue = totalConverted > 0 ? totalValue / totalConverted : 0;

  const rows = ranked.map((o) => {
    const dropped = o.reach - o.converted;
    const valuePer = o.converted > 0 ? o.continuingValue / o.converted : fallbackValue;
    const { negative, answers } = o.feedback;
    return {
      o,
      dropped,
      valuePer,
      raw: {
        dropOff: dropped / o.reach,
        peopleAffected: o.reach,
        revenueAtRisk: dropped * valuePer,
        negativeFeedback: answers > 0 ? negative / answers : null,
      } satisfies Record<PainFactor, number | null>,
      // What the product scales: the smoothed share for feedback, the raw value otherwise.
      scaled: {
        dropOff: dropped / o.reach,
        peopleAffected: o.reach,
        revenueAtRisk: dropped * valuePer,
        negativeFeedback: (negative + 1) / (answers + 2),
      } satisfies Record<PainFactor, number>,
    };
  });

  const max = (f: PainFactor) => Math.max(0, ...rows.map((r) => r.scaled[f]));
  const anyFeedback = ranked.some((o) => o.feedback.answers > 0);
  const factorsUsed = PAIN_FACTORS.filter(
    (f) => weights[f] > 0 && max(f) > 0 && (f !== 'negativeFeedback' || anyFeedback),
  );
  const maxima = Object.fromEntries(PAIN_FACTORS.map((f) => [f, max(f)])) as Record<PainFactor, number>;

  const scored = rows.map((r, mapOrder) => {
    const factors = Object.fromEntries(
      PAIN_FACTORS.map((f) => [
        f,
        {
          raw: r.raw[f],
          normalised: factorsUsed.includes(f) ? r.scaled[f] / maxima[f] : null,
          weight: weights[f],
        },
      ]),
    ) as Record<PainFactor, PainFactorValue>;
    const score = factorsUsed.reduce((p, f) => p * (factors[f].normalised ?? 1) ** weights[f], 1);
    return { r, factors, score: factorsUsed.length > 0 ? score : 0, mapOrder };
  });
  scored.sort((a, b) => b.score - a.score || b.r.dropped - a.r.dropped || a.mapOrder - b.mapOrder);

  return {
    factorsUsed,
    painPoints: scored.map(({ r, factors, score }, i) => ({
      rank: i + 1,
      touchpointId: r.o.id,
      stageId: r.o.stageId,
      name: r.o.name,
      score,
      factors,
      reach: r.o.reach,
      dropped: r.dropped,
      converted: r.o.converted,
      valuePerContinuingPerson: r.valuePer,
      negativeAnswers: r.o.feedback.negative,
      feedbackAnswers: r.o.feedback.answers,
      explanation: explain(r.o, r.dropped, r.raw.revenueAtRisk),
    })),
  };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;
const amount = (x: number) => (Math.round(x * 100) / 100).toString();

function explain(o: TouchpointOutcome, dropped: number, atRisk: number): string {
  const parts = [
    `${percent(dropped / o.reach)} of ${o.reach} people drop off after it`,
    `${amount(atRisk)} revenue at risk`,
    o.feedback.answers > 0
      ? `${o.feedback.negative} of ${o.feedback.answers} feedback answers negative`
      : 'no feedback answers',
  ];
  return parts.join('; ');
}
