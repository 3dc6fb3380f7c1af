import type { KpiMetricOf } from '../spec/kpi-metric.ts';
import { propertyPath, type WhereFilter } from '../spec/where-filter.ts';
import { kpiEventsCte } from './kpi-events.ts';
import { countOf, type KpiContext, type KpiMeasure, type KpiUnits, share } from './kpi-measure.ts';

type Survey = KpiMetricOf<'nps'> | KpiMetricOf<'csat'> | KpiMetricOf<'ces'>;

/**
 * Responses to one survey inside the range, each a unit of its own: `rows` (person, ts, bd,
 * score), keeping only scores that `valid` (SQL over `score`) accepts. The survey is told by its
 * property (default `survey` = the metric's kind); scores sent as text count as numbers.
 */
function responses(m: Survey, ctx: KpiContext, valid: string): KpiUnits {
  const survey = m.survey === undefined ? m.kind : m.survey;
  const where: WhereFilter[] =
    survey === null
      ? m.where
      : [...m.where, { on: 'property', name: m.surveyProperty, op: 'eq', value: survey }];
  const ev = kpiEventsCte(ctx, {
    roles: { rs: { event: m.event, where } },
    attribution: 'rs',
    lower: ctx.range?.from,
    upper: ctx.range?.to,
    extra: (c, fctx) => ({
      score: fctx.q.dialect.toFloat(
        fctx.q.dialect.jsonText(c.properties, fctx.q.bindJsonPath(propertyPath(m.scoreProperty))),
      ),
    }),
  });
  return { ctes: [ev, `rows AS (SELECT person, ts, bd, score FROM ev WHERE ${valid})`] };
}

/** A whole number from `min` to `max`. */
const wholeBetween = (min: number, max: number) =>
  `score >= ${min} AND score <= ${max} AND score = floor(score)`;

/**
 * Net Promoter Score = % promoters (9–10) − % detractors (0–6) of the responses on the 0–10
 * "how likely are you to recommend" scale, from −100 to 100 (Reichheld, "The One Number You Need
 * to Grow", Harvard Business Review, December 2003, https://hbr.org/2003/12/the-one-number-you-need-to-grow).
 * 7–8 are passives: they count in the total only. Every response counts, also a person's second;
 * scores that are not whole numbers from 0 to 10 are not responses to this scale and are left
 * out. count = responses.
 */
export const npsMeasure: KpiMeasure<KpiMetricOf<'nps'>> = {
  units: (m, ctx) => responses(m, ctx, wholeBetween(0, 10)),
  aggregates: (_m, ctx) => ({
    n: 'count(*)',
    promoters: ctx.q.dialect.countIf('score >= 9'),
    detractors: ctx.q.dialect.countIf('score <= 6'),
  }),
  value: (_m, a) => {
    const n = countOf(a.n);
    const promoters = countOf(a.promoters);
    const detractors = countOf(a.detractors);
    return {
      value: n > 0 ? (100 * (promoters - detractors)) / n : null,
      count: n,
      promoters,
      passives: n - promoters - detractors,
      detractors,
    };
  },
};

/**
 * Customer satisfaction (CSAT) = satisfied responses (4 or 5) ÷ responses on the 1–5 scale, the
 * "top-two-box" share (https://www.sogosurvey.com/help/introduction-to-customer-satisfaction-csat/).
 * A fraction 0..1 like every other rate in the API (0.6, not 60%). Scores other than whole
 * numbers from 1 to 5 are left out. count = responses; satisfied = 4s and 5s.
 */
export const csatMeasure: KpiMeasure<KpiMetricOf<'csat'>> = {
  units: (m, ctx) => responses(m, ctx, wholeBetween(1, 5)),
  aggregates: (_m, ctx) => ({ n: 'count(*)', satisfied: ctx.q.dialect.countIf('score >= 4') }),
  value: (_m, a) => ({
    value: share(a.satisfied ?? 0, a.n ?? 0),
    count: countOf(a.n),
    satisfied: countOf(a.satisfied),
  }),
};

/**
 * Customer Effort Score (CES) = the mean response to "[the company] made it easy for me to
 * handle my issue" — CES 2.0, on a 1–7 agreement scale, higher meaning less effort (Dixon,
 * Toman and DeLisi, "The Effortless Experience", 2013; https://support.nicereply.com/article/244-what-is-customer-effort-score-ces).
 * `scale` sets the scale (e.g. 1–5 for the original CES); scores outside it are left out.
 * count = responses.
 */
export const cesMeasure: KpiMeasure<KpiMetricOf<'ces'>> = {
  units(m, ctx) {
    const { q } = ctx;
    return responses(
      m,
      ctx,
      `score >= ${q.bind(m.scale.min, 'float')} AND score <= ${q.bind(m.scale.max, 'float')}`,
    );
  },
  aggregates: () => ({ n: 'count(*)', avg: 'avg(score)' }),
  value: (_m, a) => ({ value: countOf(a.n) > 0 ? (a.avg ?? null) : null, count: countOf(a.n) }),
};
