import type { PainPointRanking } from './rank-pain-points.ts';

/**
 * What a painPoints query returns: the ranked touchpoints (worst first) with every factor raw
 * and scaled, the factors the score multiplies, and the touchpoints that could not be ranked:
 * `not_measured` (no event binding), `last_stage` (no later stage to drop off before),
 * `not_reached` (nobody hit it in the range).
 */
export interface PainPointsResult extends PainPointRanking {
  /** Persons with a touchpoint hit in the range (as the journey query counts them). */
  persons: number;
  unranked: { touchpointId: string; reason: 'not_measured' | 'last_stage' | 'not_reached' }[];
}
