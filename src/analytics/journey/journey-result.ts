/**
 * What a journey query returns: the live numbers of a journey map (issue 3, "Stage flow and
 * touchpoint metrics"). Rates are fractions 0..1, times are seconds.
 *
 * `null` means "cannot be measured", never "zero": a touchpoint without an event binding, a
 * stage none of whose touchpoints has one, and "to the next stage" figures of the last measured
 * stage (there is no later stage to reach) are null. 0 is a measured zero.
 *
 * "Later stage" is any measured stage after this one in the map's order, not only the next one:
 * a customer who jumps from an ad straight to checkout has moved on, not dropped off (journeys
 * skip stages). The transitions say exactly where persons went.
 */
export interface JourneyResult {
  /** Persons with at least one event (in the range) that matches a touchpoint. */
  persons: number;
  /** Every stage of the map, in the map's order. */
  stages: JourneyStageResult[];
  /** Every touchpoint of the map, in the map's order. */
  touchpoints: JourneyTouchpointResult[];
  /** Moves between stages that happened, by the from stage's order, then the to stage's. */
  transitions: JourneyTransition[];
}

export interface JourneyStageResult {
  id: string;
  name: string;
  /** Whether any touchpoint of the stage has an event binding; if not, its figures are null. */
  measured: boolean;
  /** Persons with an event (in the range) matching any touchpoint of the stage. */
  persons: number | null;
  /** Of those, persons with an event of a later stage at or after their first event here (within the window). */
  converted: number | null;
  /** converted ÷ persons (0 when nobody reached the stage); null for the last measured stage. */
  conversionToNext: number | null;
  /** persons − converted: reached the stage and never a later one. */
  dropOff: number | null;
  /** dropOff ÷ persons. */
  dropOffRate: number | null;
  /**
   * Median, over converted persons, of the seconds from their first event in the stage to their
   * first event of a later stage after it (time spent back in earlier stages included).
   */
  medianSecondsInStage: number | null;
}

export interface JourneyTouchpointResult {
  id: string;
  stageId: string;
  name: string;
  /** Whether the touchpoint has an event binding; if not, its event figures are null. */
  measured: boolean;
  /** Persons with an event (in the range) matching the binding. */
  reach: number | null;
  /** Matching events (in the range). */
  volume: number | null;
  /** Persons who, at or after their first event here, reached a later stage (within the window). */
  converted: number | null;
  /** converted ÷ reach; null on the last measured stage. */
  toNextStageRate: number | null;
  /** Median seconds from the first event here to the first later-stage event after it. */
  medianSecondsToNextStage: number | null;
  /** reach − converted: persons who hit the touchpoint and never reached a later stage. */
  dropOff: number | null;
  /** dropOff ÷ reach. */
  dropOffRate: number | null;
  /**
   * From survey responses whose `touchpoint` property is this touchpoint's id (see
   * the workspace's survey settings), in the range and passing `where`; there for every touchpoint, bound or not —
   * an offline touchpoint (a store visit) can still be surveyed.
   */
  nps: NpsScore;
  csat: CsatScore;
}

/**
 * Net Promoter Score of the responses (0–10 scale) to NPS surveys about a touchpoint:
 * % promoters (9–10) − % detractors (0–6), on −100..100 (Reichheld, "The One Number You Need
 * to Grow", HBR 2003). `value` is null without responses.
 */
export interface NpsScore {
  value: number | null;
  count: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * Customer satisfaction of the responses (1–5 scale) to CSAT surveys about a touchpoint: the
 * share of satisfied responses (4 or 5), as a fraction 0..1 like every rate here. `value` is
 * null without responses.
 */
export interface CsatScore {
  value: number | null;
  count: number;
  satisfied: number;
}

/**
 * Moves of persons from one stage to another: in each person's time-ordered events, mapped to
 * stages (events matching no touchpoint are left out, a run of events in one stage is one
 * visit), every change of stage is one move.
 * - `forward`: to the next measured stage;
 * - `skipped`: forward past at least one measured stage;
 * - `backward`: to an earlier stage.
 */
export interface JourneyTransition {
  /** Stage ids. */
  from: string;
  to: string;
  kind: TransitionKind;
  /** Persons who made this move at least once. */
  persons: number;
  /** Moves made, counting each repetition by the same person. */
  count: number;
}

export type TransitionKind = 'forward' | 'skipped' | 'backward';
