import type { PainPointsResult } from '../../../src/analytics/insights/pain-points-result.ts';
import type { PainPoint } from '../../../src/analytics/insights/rank-pain-points.ts';
import { PAIN_FACTORS, type PainFactor } from '../../../src/analytics/spec/pain-points-spec.ts';
import { formatCount, formatPercent, NOT_MEASURED } from '../format/format.ts';
import { formatAmount } from './format-amount.ts';

export { PAIN_FACTORS, type PainFactor };

/** One factor of a pain point as the table shows it: its value in its own unit, and scaled 0..1. */
export interface PainFactorCell {
  raw: string;
  /** The scaled value the score multiplies (2 decimals), or null when the factor is left out. */
  scaled: string | null;
}

/** One ranked touchpoint, every figure already written in the language. */
export interface PainPointRow {
  rank: number;
  touchpointId: string;
  name: string;
  stage: string;
  score: string;
  factors: Record<PainFactor, PainFactorCell>;
  /** The values the "why it ranks" sentence is made of (see `painPoints.why`). */
  why: {
    dropOffRate: string;
    reach: string;
    dropped: string;
    atRisk: string;
    valuePerPerson: string;
    /** null without feedback answers about the touchpoint. */
    feedback: { negative: string; answers: string } | null;
    /** The used factor closest to the worst touchpoint's (its largest scaled value). */
    strongest: PainFactor | null;
  };
}

const scaled2 = (value: number, language: string) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

function rawText(point: PainPoint, factor: PainFactor, language: string): string {
  const raw = point.factors[factor].raw;
  if (raw === null) return NOT_MEASURED;
  switch (factor) {
    case 'dropOff':
    case 'negativeFeedback':
      return formatPercent(raw, language);
    case 'peopleAffected':
      return formatCount(raw, language);
    case 'revenueAtRisk':
      return formatAmount(raw, language);
  }
}

/**
 * The rows of the pain-point table, worst first, as the API ranked them. Stage names come from
 * the map (`stageNames`: id → name); a stage the map no longer has shows its id.
 * Example (en): Cart, reach 1047, 468 moved on, drop-off 0.553 scaled 0.678 → `dropOff:
 * { raw: '55.3%', scaled: '0.68' }`, `why.dropped: '579'`.
 */
export function painPointRows(
  result: PainPointsResult,
  stageNames: ReadonlyMap<string, string>,
  language: string,
): PainPointRow[] {
  return result.painPoints.map((p) => {
    const used = result.factorsUsed.filter((f) => p.factors[f].normalised !== null);
    const strongest = used.reduce<PainFactor | null>(
      (best, f) =>
        best === null || (p.factors[f].normalised ?? 0) > (p.factors[best].normalised ?? 0) ? f : best,
      null,
    );
    return {
      rank: p.rank,
      touchpointId: p.touchpointId,
      name: p.name,
      stage: stageNames.get(p.stageId) ?? p.stageId,
      score: scaled2(p.score, language),
      factors: Object.fromEntries(
        PAIN_FACTORS.map((f) => {
          const normalised = p.factors[f].normalised;
          return [
            f,
            {
              raw: rawText(p, f, language),
              scaled: normalised === null ? null : scaled2(normalised, language),
            },
          ];
        }),
      ) as Record<PainFactor, PainFactorCell>,
      why: {
        dropOffRate: formatPercent(p.factors.dropOff.raw, language),
        reach: formatCount(p.reach, language),
        dropped: formatCount(p.dropped, language),
        atRisk: formatAmount(p.factors.revenueAtRisk.raw, language),
        valuePerPerson: formatAmount(p.valuePerContinuingPerson, language),
        feedback:
          p.feedbackAnswers > 0
            ? {
                negative: formatCount(p.negativeAnswers, language),
                answers: formatCount(p.feedbackAnswers, language),
              }
            : null,
        strongest,
      },
    };
  });
}

/** A touchpoint that could not be ranked, with its name from the map and the reason. */
export interface UnrankedRow {
  touchpointId: string;
  name: string;
  reason: PainPointsResult['unranked'][number]['reason'];
}

/** The unranked touchpoints by name (the map's), in the API's order; an unknown id shows as itself. */
export function unrankedRows(
  result: PainPointsResult,
  touchpointNames: ReadonlyMap<string, string>,
): UnrankedRow[] {
  return result.unranked.map((u) => ({
    touchpointId: u.touchpointId,
    name: touchpointNames.get(u.touchpointId) ?? u.touchpointId,
    reason: u.reason,
  }));
}
