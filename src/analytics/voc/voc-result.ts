import type { FeedbackTheme } from './feedback-themes.ts';
import type { MeasuredEmotion } from './measured-emotion.ts';
import type { CesStats, CsatStats, NpsStats } from './survey-stats.ts';

/**
 * What a voc query returns. Score fields are there for the metrics the spec asks for; sentiment
 * and themes unless the spec turns them off. Nulls mean "nothing to measure", never zero.
 */
export interface VocResult extends VocFigures {
  /** Feedback texts found (`total`) and analysed (`analysed`: the most recent `textLimit`). */
  texts: { total: number; analysed: number };
  /** Per local time bucket, oldest first, when the spec has an `interval`. */
  overTime?: VocBucket[];
  /** Per touchpoint, stage, channel or persona (`by`). */
  groups?: VocGroup[];
}

/** The figures of one slice: everything, a group, or a time bucket. */
export interface VocFigures {
  nps?: NpsStats;
  csat?: CsatStats;
  ces?: CesStats;
  sentiment?: SentimentSummary;
  themes?: FeedbackTheme[];
  /** On the map's −2..+2 scale, from the scores and the sentiment (see measured-emotion.ts). */
  emotion: MeasuredEmotion;
}

export interface SentimentSummary {
  /** Texts scored (English and Polish). */
  count: number;
  /** Mean score, −1..1; null when none was scored. */
  mean: number | null;
  positive: number;
  neutral: number;
  negative: number;
  /** Texts in languages that are not scored. */
  unscored: number;
  /** Texts per language (ISO 639-1, from the event's locale or guessed). */
  languages: Record<string, number>;
}

export interface VocGroup extends VocFigures {
  /**
   * Touchpoint id, stage id, channel, persona id, or the touchpoint property as sent; null for
   * answers and texts that belong to no group (and for "other").
   */
  key: string | null;
  /** The touchpoint's, stage's or persona's name on the map; the key otherwise. */
  name: string | null;
  /** With `by: "touchpoint"` and a map: the touchpoint's stage. */
  stageId?: string;
  /** The groups past `limit`, together. */
  other?: true;
  overTime?: VocBucket[];
}

export interface VocBucket extends Omit<VocFigures, 'themes'> {
  /** ISO instant the bucket starts at (local midnight etc. of the spec's time zone). */
  start: string;
}
