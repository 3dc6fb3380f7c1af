import type { VocSpec } from '../spec/voc-spec.ts';
import { feedbackThemes } from './feedback-themes.ts';
import { measuredEmotion } from './measured-emotion.ts';
import { cesStats, csatStats, npsStats } from './survey-stats.ts';
import type { SentimentLabel } from './text-sentiment.ts';
import type { SentimentSummary, VocBucket, VocFigures, VocGroup, VocResult } from './voc-result.ts';
import { addScores, NO_SCORES, type ScoreRow, type ScoreSums } from './voc-rows.ts';

/** A feedback text with its sentiment worked out. */
export interface AnalysedText {
  text: string;
  language: string;
  score: number | null;
  label: SentimentLabel | null;
  group: string | null;
  startUs: number | null;
}

/** The groups a result has: fixed by the map (in its order), or the most common values. */
export interface GroupLayout {
  /** The map's touchpoints or stages, in the map's order; every one is listed, answered or not. */
  fixed?: { key: string; name: string; stageId?: string }[];
  /** The group key of a row's group value (a touchpoint id → its stage's id); as is without. */
  keyOf?: (value: string) => string | null;
  /** Display names of keys (personas); the key itself otherwise. */
  names?: ReadonlyMap<string, string>;
}

type Spec = Pick<
  VocSpec,
  'metrics' | 'ces' | 'confidence' | 'sentiment' | 'themes' | 'by' | 'limit' | 'interval'
>;

interface Slice {
  scores: ScoreSums;
  texts: AnalysedText[];
}

const emptySlice = (): Slice => ({ scores: NO_SCORES, texts: [] });
const startOf = (us: number) => new Date(us / 1000).toISOString();

/**
 * Assembles a voc result from the summed answers and the analysed texts (pure): totals, groups,
 * time buckets, each with its scores, intervals, sentiment, themes (totals and groups) and
 * measured emotion. Dynamic groups (channels, personas, touchpoints as sent) are ranked by
 * answers plus texts, ties by key, and those past `limit` are merged into one "other" group.
 */
export function shapeVocResult(
  spec: Spec,
  scoreRows: readonly ScoreRow[],
  texts: readonly AnalysedText[],
  textTotal: number,
  layout: GroupLayout = {},
): VocResult {
  const total = slice(scoreRows, texts);
  const result: VocResult = {
    ...figures(spec, total, true),
    texts: { total: textTotal, analysed: texts.length },
  };
  if (spec.interval) result.overTime = buckets(spec, scoreRows, texts);
  if (spec.by) result.groups = groups(spec, scoreRows, texts, layout);
  return result;
}

function slice(scoreRows: readonly ScoreRow[], texts: readonly AnalysedText[]): Slice {
  return { scores: scoreRows.reduce<ScoreSums>((s, r) => addScores(s, r), NO_SCORES), texts: [...texts] };
}

function figures(spec: Spec, s: Slice, withThemes: boolean): VocFigures {
  const out: Omit<VocFigures, 'emotion'> = {};
  const { scores } = s;
  if (spec.metrics.includes('nps')) {
    out.nps = npsStats(
      { count: scores.npsCount, promoters: scores.promoters, detractors: scores.detractors },
      spec.confidence,
    );
  }
  if (spec.metrics.includes('csat'))
    out.csat = csatStats(scores.csatCount, scores.satisfied, spec.confidence);
  if (spec.metrics.includes('ces')) {
    out.ces = cesStats(
      { count: scores.cesCount, sum: scores.cesSum, sumOfSquares: scores.cesSumOfSquares },
      spec.ces,
      spec.confidence,
    );
  }
  if (spec.sentiment) out.sentiment = summarise(s.texts);
  if (withThemes && spec.themes !== false) {
    out.themes = feedbackThemes(
      s.texts.map((t) => ({ text: t.text, language: t.language, sentiment: t.score })),
      { maxThemes: spec.themes.max, minSize: spec.themes.minSize, examples: spec.themes.examples },
    );
  }
  return { ...out, emotion: measuredEmotion(out) };
}

function summarise(texts: readonly AnalysedText[]): SentimentSummary {
  const summary: SentimentSummary = {
    count: 0,
    mean: null,
    positive: 0,
    neutral: 0,
    negative: 0,
    unscored: 0,
    languages: {},
  };
  let sum = 0;
  for (const t of texts) {
    summary.languages[t.language] = (summary.languages[t.language] ?? 0) + 1;
    if (t.score === null || t.label === null) {
      summary.unscored++;
      continue;
    }
    summary.count++;
    sum += t.score;
    summary[t.label]++;
  }
  summary.mean = summary.count > 0 ? sum / summary.count : null;
  return summary;
}

function buckets(spec: Spec, scoreRows: readonly ScoreRow[], texts: readonly AnalysedText[]): VocBucket[] {
  const byStart = new Map<number, Slice>();
  const at = (us: number | null) => {
    const key = us ?? 0;
    let s = byStart.get(key);
    if (!s) {
      s = emptySlice();
      byStart.set(key, s);
    }
    return s;
  };
  for (const r of scoreRows) {
    const s = at(r.startUs);
    s.scores = addScores(s.scores, r);
  }
  for (const t of texts) at(t.startUs).texts.push(t);
  return [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([us, s]) => ({ start: startOf(us), ...figures(spec, s, false) }));
}

function groups(
  spec: Spec,
  scoreRows: readonly ScoreRow[],
  texts: readonly AnalysedText[],
  layout: GroupLayout,
): VocGroup[] {
  const keyOf = (value: string | null) =>
    value === null ? null : layout.keyOf ? layout.keyOf(value) : value;
  const rowsBy = new Map<string | null, { scores: ScoreRow[]; texts: AnalysedText[] }>();
  const of = (key: string | null) => {
    let g = rowsBy.get(key);
    if (!g) {
      g = { scores: [], texts: [] };
      rowsBy.set(key, g);
    }
    return g;
  };
  for (const r of scoreRows) of(keyOf(r.group)).scores.push(r);
  for (const t of texts) of(keyOf(t.group)).texts.push(t);

  const make = (key: string | null, name: string | null, extra: Partial<VocGroup> = {}): VocGroup => {
    const rows = rowsBy.get(key) ?? { scores: [], texts: [] };
    return groupOf(spec, key, name, rows.scores, rows.texts, extra);
  };

  if (layout.fixed) {
    const out = layout.fixed.map((g) => make(g.key, g.name, g.stageId ? { stageId: g.stageId } : {}));
    const known = new Set(layout.fixed.map((g) => g.key));
    const stray = [...rowsBy.entries()].filter(([key]) => key === null || !known.has(key));
    if (stray.length > 0) {
      const merged = stray.flatMap(([, g]) => g.scores);
      const mergedTexts = stray.flatMap(([, g]) => g.texts);
      out.push(groupOf(spec, null, null, merged, mergedTexts, {}));
    }
    return out;
  }

  const volume = (g: { scores: ScoreRow[]; texts: AnalysedText[] }) =>
    g.scores.reduce((s, r) => s + r.npsCount + r.csatCount + r.cesCount, 0) + g.texts.length;
  const ranked = [...rowsBy.entries()].sort(
    ([ka, a], [kb, b]) => volume(b) - volume(a) || (ka ?? '\uffff').localeCompare(kb ?? '\uffff'),
  );
  const kept = ranked.slice(0, spec.limit);
  const rest = ranked.slice(spec.limit);
  const out = kept.map(([key]) => make(key, key === null ? null : (layout.names?.get(key) ?? key)));
  if (rest.length > 0) {
    out.push(
      groupOf(
        spec,
        null,
        null,
        rest.flatMap(([, g]) => g.scores),
        rest.flatMap(([, g]) => g.texts),
        { other: true },
      ),
    );
  }
  return out;
}

function groupOf(
  spec: Spec,
  key: string | null,
  name: string | null,
  scoreRows: readonly ScoreRow[],
  texts: readonly AnalysedText[],
  extra: Partial<VocGroup>,
): VocGroup {
  const group: VocGroup = { key, name, ...extra, ...figures(spec, slice(scoreRows, texts), true) };
  if (spec.interval) group.overTime = buckets(spec, scoreRows, texts);
  return group;
}
