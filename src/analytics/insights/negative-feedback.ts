import type { SurveyRow } from '../journey/journey-rows.ts';

/** Negative answers among all the feedback answers attached to one touchpoint. */
export interface NegativeFeedback {
  negative: number;
  answers: number;
}

/**
 * Where the negative-feedback factor of a pain point comes from, per touchpoint id. Pluggable:
 * survey scores today (surveyNegativeFeedback); the voice-of-the-customer sentiment of feedback
 * texts can supply its own source (negative texts among all texts) without touching the ranking.
 */
export type NegativeFeedbackSource = (touchpointId: string) => NegativeFeedback;

/**
 * Negative survey answers about a touchpoint: NPS detractors (0–6, Reichheld, HBR 2003) plus
 * CSAT answers that are not satisfied (1–3 on 1–5; satisfied is 4–5), out of all NPS and CSAT
 * answers. Example: 2 detractors of 5 NPS answers and 1 of 3 CSAT answers at 1–3 → 3 of 8.
 */
export function surveyNegativeFeedback(rows: ReadonlyMap<string, SurveyRow>): NegativeFeedbackSource {
  return (id) => {
    const r = rows.get(id);
    if (!r) return { negative: 0, answers: 0 };
    return { negative: r.detractors + (r.csatCount - r.satisfied), answers: r.npsCount + r.csatCount };
  };
}
