/** Survey answer sums of one group and time bucket (see compileVocScores); additive. */
export interface ScoreSums {
  npsCount: number;
  promoters: number;
  detractors: number;
  csatCount: number;
  satisfied: number;
  cesCount: number;
  cesSum: number;
  cesSumOfSquares: number;
}

export interface ScoreRow extends ScoreSums {
  group: string | null;
  startUs: number | null;
}

/** One feedback text as the texts query returns it (see compileVocTexts). */
export interface TextRow {
  source: number;
  text: string;
  locale: string | null;
  group: string | null;
  startUs: number | null;
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export const NO_SCORES: ScoreSums = {
  npsCount: 0,
  promoters: 0,
  detractors: 0,
  csatCount: 0,
  satisfied: 0,
  cesCount: 0,
  cesSum: 0,
  cesSumOfSquares: 0,
};

export function addScores(a: ScoreSums, b: ScoreSums): ScoreSums {
  return {
    npsCount: a.npsCount + b.npsCount,
    promoters: a.promoters + b.promoters,
    detractors: a.detractors + b.detractors,
    csatCount: a.csatCount + b.csatCount,
    satisfied: a.satisfied + b.satisfied,
    cesCount: a.cesCount + b.cesCount,
    cesSum: a.cesSum + b.cesSum,
    cesSumOfSquares: a.cesSumOfSquares + b.cesSumOfSquares,
  };
}

/** Reads the score query's rows (counts may arrive as bigints, sums of nothing as NULL). */
export function readScoreRows(rows: readonly Record<string, unknown>[]): ScoreRow[] {
  return rows.map((r) => ({
    group: textOrNull(r.g),
    startUs: numOrNull(r.tb_us),
    npsCount: num(r.nps_n),
    promoters: num(r.nps_p),
    detractors: num(r.nps_d),
    csatCount: num(r.csat_n),
    satisfied: num(r.csat_s),
    cesCount: num(r.ces_n),
    cesSum: num(r.ces_sum),
    cesSumOfSquares: num(r.ces_sq),
  }));
}

/** Reads the texts query's rows, and how many texts there were before the limit. */
export function readTextRows(rows: readonly Record<string, unknown>[]): { texts: TextRow[]; total: number } {
  return {
    texts: rows.map((r) => ({
      source: num(r.src),
      text: String(r.txt ?? ''),
      locale: textOrNull(r.loc),
      group: textOrNull(r.g),
      startUs: numOrNull(r.tb_us),
    })),
    total: rows.length > 0 ? num(rows[0]!.total) : 0,
  };
}
