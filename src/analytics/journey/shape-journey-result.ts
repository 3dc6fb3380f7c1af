import type { JourneyPlan } from './journey-plan.ts';
import type {
  CsatScore,
  JourneyResult,
  JourneyStageResult,
  JourneyTouchpointResult,
  JourneyTransition,
  NpsScore,
  TransitionKind,
} from './journey-result.ts';
import type { JourneyRows, StageRow, SurveyRow } from './journey-rows.ts';

const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** Rates and drop-off from persons and converted; all null when there is no later stage. */
function conversion(row: StageRow) {
  if (row.converted === null) return { converted: null, rate: null, dropOff: null, dropOffRate: null };
  const dropOff = row.persons - row.converted;
  return {
    converted: row.converted,
    rate: ratio(row.converted, row.persons),
    dropOff,
    dropOffRate: ratio(dropOff, row.persons),
  };
}

/**
 * A move's kind from the ranks of its stages among the measured ones: one up is `forward`, more
 * is `skipped`, down is `backward`. Example: `transitionKind(1, 3)` → `'skipped'`.
 */
export function transitionKind(fromRank: number, toRank: number): TransitionKind {
  if (toRank < fromRank) return 'backward';
  return toRank === fromRank + 1 ? 'forward' : 'skipped';
}

/**
 * NPS = % promoters − % detractors, on −100..100 (Reichheld, HBR 2003); CSAT = share of 4–5
 * answers, 0..1. Values are null without answers.
 */
export function surveyScores(row: SurveyRow | undefined): { nps: NpsScore; csat: CsatScore } {
  const r = row ?? { npsCount: 0, promoters: 0, detractors: 0, csatCount: 0, satisfied: 0 };
  return {
    nps: {
      value: r.npsCount > 0 ? ((r.promoters - r.detractors) / r.npsCount) * 100 : null,
      count: r.npsCount,
      promoters: r.promoters,
      passives: r.npsCount - r.promoters - r.detractors,
      detractors: r.detractors,
    },
    csat: {
      value: r.csatCount > 0 ? r.satisfied / r.csatCount : null,
      count: r.csatCount,
      satisfied: r.satisfied,
    },
  };
}

/**
 * The API result from the plan and the query rows (null when nothing is measured: a map without
 * bound touchpoints), with every stage and touchpoint of the map in its order.
 * Example: a touchpoint with reach 10 and 4 converted → `{ toNextStageRate: 0.4, dropOff: 6,
 * dropOffRate: 0.6 }`.
 */
export function shapeJourneyResult(
  plan: JourneyPlan,
  rows: JourneyRows | null,
  surveys: ReadonlyMap<string, SurveyRow>,
): JourneyResult {
  const stages = plan.stages.map((s): JourneyStageResult => {
    const row = s.rank === null ? undefined : rows?.stages.get(s.rank);
    if (s.rank === null || !row) {
      return {
        id: s.id,
        name: s.name,
        measured: s.rank !== null,
        persons: s.rank === null ? null : 0,
        converted: null,
        conversionToNext: null,
        dropOff: null,
        dropOffRate: null,
        medianSecondsInStage: null,
      };
    }
    const c = conversion(row);
    return {
      id: s.id,
      name: s.name,
      measured: true,
      persons: row.persons,
      converted: c.converted,
      conversionToNext: c.rate,
      dropOff: c.dropOff,
      dropOffRate: c.dropOffRate,
      medianSecondsInStage: row.medianSeconds,
    };
  });
  const touchpoints = plan.touchpoints.map((t): JourneyTouchpointResult => {
    const row = t.index === null ? undefined : rows?.touchpoints.get(t.index);
    const scores = surveyScores(surveys.get(t.id));
    const base = { id: t.id, stageId: t.stageId, name: t.name, measured: t.index !== null };
    if (!row) {
      const zero = t.index === null ? null : 0;
      return {
        ...base,
        reach: zero,
        volume: zero,
        converted: null,
        toNextStageRate: null,
        medianSecondsToNextStage: null,
        dropOff: null,
        dropOffRate: null,
        ...scores,
      };
    }
    const c = conversion(row);
    return {
      ...base,
      reach: row.persons,
      volume: row.volume,
      converted: c.converted,
      toNextStageRate: c.rate,
      medianSecondsToNextStage: row.medianSeconds,
      dropOff: c.dropOff,
      dropOffRate: c.dropOffRate,
      ...scores,
    };
  });
  const stageByRank = new Map(plan.stages.flatMap((s) => (s.rank === null ? [] : [[s.rank, s.id] as const])));
  const transitions = (rows?.moves ?? []).map(
    (m): JourneyTransition => ({
      from: stageByRank.get(m.fromRank) ?? String(m.fromRank),
      to: stageByRank.get(m.toRank) ?? String(m.toRank),
      kind: transitionKind(m.fromRank, m.toRank),
      persons: m.persons,
      count: m.count,
    }),
  );
  return { persons: rows?.persons ?? 0, stages, touchpoints, transitions };
}
