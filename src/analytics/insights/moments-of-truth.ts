import type { LaneItemOf } from '../../model/lane-item.ts';
import type { JourneyPlan } from '../journey/journey-plan.ts';
import type { Outcome } from '../spec/moments-of-truth-spec.ts';
import {
  type DifferenceEstimate,
  mantelHaenszelRiskDifference,
  newcombeDifference,
  type Stratum,
} from './risk-difference.ts';

/** Counts of one furthest-stage stratum for one touchpoint, as the query returns them. */
export interface MomentCounts {
  /** Rank of the furthest stage reached (the stratum). */
  stratum: number;
  /** Persons in the stratum. */
  persons: number;
  exposed: number;
  exposedOutcome: number;
  unexposedOutcome: number;
}

export interface GroupRate {
  persons: number;
  /** Of them, persons with the outcome. */
  outcome: number;
  /** outcome ÷ persons; null for an empty group. */
  rate: number | null;
}

export interface MomentOfTruth {
  touchpointId: string;
  stageId: string;
  name: string;
  /** Persons who reached the stage and met the touchpoint … */
  with: GroupRate;
  /** … and who reached the stage (or a later one) without meeting it. */
  without: GroupRate;
  /** with.rate − without.rate over everyone compared, Newcombe's hybrid score interval (95%). */
  crude: DifferenceEstimate | null;
  /** The same difference within strata of the furthest stage reached, Mantel-Haenszel, 95%. */
  stratified: DifferenceEstimate | null;
  strata: { stageId: string; with: GroupRate; without: GroupRate }[];
  /**
   * The touchpoint's events are the outcome's events (an order touchpoint, with conversion as
   * the outcome): meeting it is having the outcome, so it is never offered as a moment of truth.
   */
  isOutcome: boolean;
  /** Both groups have at least `minPersons`. */
  judged: boolean;
  /** Judged, and the stratified interval excludes 0: a moment of truth. */
  isMoment: boolean;
  /** A card for the map's moment-of-truth lane, ready to add; only on moments of truth. */
  laneItem: LaneItemOf<'moment_of_truth'> | null;
}

const group = (persons: number, outcome: number): GroupRate => ({
  persons,
  outcome,
  rate: persons > 0 ? outcome / persons : null,
});

const OUTCOME_WORDS: Record<Outcome['kind'], string> = {
  conversion: 'conversion',
  repeat_purchase: 'repeat purchase',
  retention: 'retention',
};

const points = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x * 1000) / 10}`;

/**
 * Judges every measured touchpoint as a possible moment of truth (pure).
 *
 * Why compare only persons who reached the touchpoint's stage, and stratify by the furthest
 * stage reached: persons who get further meet more touchpoints *and* convert more, so a plain
 * "met it vs did not" comparison credits a late touchpoint with what progress did. Within one
 * stratum both groups got equally far; the Mantel-Haenszel estimate pools the strata's
 * differences (Greenland & Robins 1985). The crude difference is shown beside it: a large gap
 * between the two is that confounding at work.
 *
 * Order: moments of truth by the size of the stratified difference, then the rest judged, then
 * those with too few persons, each by map order on ties.
 */
export function judgeMoments(
  plan: JourneyPlan,
  counts: ReadonlyMap<number, MomentCounts[]>,
  opts: { outcome: Outcome['kind']; minPersons: number; outcomeEvent?: string },
): MomentOfTruth[] {
  const stageOfRank = new Map(plan.stages.flatMap((s) => (s.rank === null ? [] : [[s.rank, s] as const])));
  const judged = plan.measured.map((t, mapOrder) => {
    const rows = (counts.get(t.index!) ?? []).filter((r) => r.stratum >= t.rank!);
    const strata: Stratum[] = rows.map((r) => ({
      a: r.exposedOutcome,
      n1: r.exposed,
      c: r.unexposedOutcome,
      n0: r.persons - r.exposed,
    }));
    const sum = (f: (s: Stratum) => number) => strata.reduce((acc, s) => acc + f(s), 0);
    const withGroup = group(
      sum((s) => s.n1),
      sum((s) => s.a),
    );
    const withoutGroup = group(
      sum((s) => s.n0),
      sum((s) => s.c),
    );
    const crude = newcombeDifference(
      withGroup.outcome,
      withGroup.persons,
      withoutGroup.outcome,
      withoutGroup.persons,
    );
    const stratified = mantelHaenszelRiskDifference(strata);
    const isJudged = withGroup.persons >= opts.minPersons && withoutGroup.persons >= opts.minPersons;
    const isOutcome = opts.outcomeEvent !== undefined && t.binding?.event === opts.outcomeEvent;
    const isMoment =
      !isOutcome && isJudged && stratified !== null && (stratified.low > 0 || stratified.high < 0);
    const stage = stageOfRank.get(t.rank!);
    const moment: MomentOfTruth = {
      touchpointId: t.id,
      stageId: t.stageId,
      name: t.name,
      with: withGroup,
      without: withoutGroup,
      crude,
      stratified,
      strata: rows.map((r, i) => ({
        stageId: stageOfRank.get(r.stratum)?.id ?? String(r.stratum),
        with: group(strata[i]!.n1, strata[i]!.a),
        without: group(strata[i]!.n0, strata[i]!.c),
      })),
      isOutcome,
      judged: isJudged,
      isMoment,
      laneItem:
        isMoment && stratified
          ? {
              id: `mot-${t.id}`.slice(0, 128),
              lane: 'moment_of_truth',
              stageId: t.stageId,
              touchpointId: t.id,
              text: `${t.name}: ${points(stratified.difference)} pp ${OUTCOME_WORDS[opts.outcome]} (95% CI ${points(stratified.low)} to ${points(stratified.high)} pp) among people who reached ${stage?.name ?? t.stageId}`,
            }
          : null,
    };
    return { moment, mapOrder };
  });
  const tier = (m: MomentOfTruth) => (m.isMoment ? 0 : m.judged ? 1 : 2);
  const size = (m: MomentOfTruth) => Math.abs(m.stratified?.difference ?? 0);
  judged.sort(
    (x, y) => tier(x.moment) - tier(y.moment) || size(y.moment) - size(x.moment) || x.mapOrder - y.mapOrder,
  );
  return judged.map((j) => j.moment);
}
