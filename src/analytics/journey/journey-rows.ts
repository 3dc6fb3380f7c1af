import type { JourneyPlan } from './journey-plan.ts';

/** Figures of one measured stage (by rank) as the query returns them. */
export interface StageRow {
  persons: number;
  /** Persons who reached a later stage; null when there is no later stage. */
  converted: number | null;
  medianSeconds: number | null;
}

/** Figures of one measured touchpoint (by index): `persons` is its reach. */
export interface TouchpointRow extends StageRow {
  /** Matching events. */
  volume: number;
}

export interface MoveRow {
  fromRank: number;
  toRank: number;
  count: number;
  persons: number;
}

/** The journey query's rows, read: totals per touchpoint index and stage rank, and the moves. */
export interface JourneyRows {
  persons: number;
  touchpoints: Map<number, TouchpointRow>;
  stages: Map<number, StageRow>;
  moves: MoveRow[];
}

/** Survey answers about one touchpoint (see compileJourneySurveys). */
export interface SurveyRow {
  npsCount: number;
  promoters: number;
  detractors: number;
  csatCount: number;
  satisfied: number;
}

/**
 * The ordered pairs of distinct stage ranks 1..stages, by from then to: the moves the journey
 * query counts. Example: `movePairs(2)` → `[[1, 2], [2, 1]]`.
 */
export function movePairs(stages: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 1; a <= stages; a++) {
    for (let b = 1; b <= stages; b++) if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));

/**
 * Reads the total row of a compiled journey query (see compileJourney for the columns). Pure:
 * engine drivers hand over plain row objects, counts possibly as bigint. No row (an engine may
 * return none for no persons) reads as zeros.
 */
export function readJourneyRows(rows: readonly Record<string, unknown>[], plan: JourneyPlan): JourneyRows {
  const total = rows[0] ?? {};
  const hasLater = (rank: number) => rank < plan.measuredStages;
  const touchpoints = new Map<number, TouchpointRow>();
  for (const t of plan.measured) {
    const i = t.index!;
    touchpoints.set(i, {
      persons: num(total[`r${i}`]),
      volume: num(total[`v${i}`]),
      converted: hasLater(t.rank!) ? num(total[`c${i}`]) : null,
      medianSeconds: hasLater(t.rank!) ? numOrNull(total[`md${i}`]) : null,
    });
  }
  const stages = new Map<number, StageRow>();
  for (let k = 1; k <= plan.measuredStages; k++) {
    stages.set(k, {
      persons: num(total[`p${k}`]),
      converted: hasLater(k) ? num(total[`cs${k}`]) : null,
      medianSeconds: hasLater(k) ? numOrNull(total[`ms${k}`]) : null,
    });
  }
  // Only the moves that happened, as the total row counts every pair.
  const moves = movePairs(plan.measuredStages)
    .map(([a, b]) => ({
      fromRank: a,
      toRank: b,
      count: num(total[`mn${a}_${b}`]),
      persons: num(total[`mp${a}_${b}`]),
    }))
    .filter((m) => m.count > 0);
  return { persons: num(total.persons), touchpoints, stages, moves };
}

/** Reads the survey query's rows, by touchpoint id. */
export function readSurveyRows(rows: readonly Record<string, unknown>[]): Map<string, SurveyRow> {
  return new Map(
    rows.map((r) => [
      String(r.touchpoint),
      {
        npsCount: num(r.nps_n),
        promoters: num(r.promoters),
        detractors: num(r.detractors),
        csatCount: num(r.csat_n),
        satisfied: num(r.satisfied),
      },
    ]),
  );
}
