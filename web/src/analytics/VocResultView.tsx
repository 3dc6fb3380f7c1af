import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocSpecInput } from '../../../src/analytics/spec/voc-spec.ts';
import type { FeedbackTheme } from '../../../src/analytics/voc/feedback-themes.ts';
import type { SentimentSummary, VocGroup, VocResult } from '../../../src/analytics/voc/voc-result.ts';
import type { WorkspaceSettings } from '../../../src/model/workspace-settings.ts';
import { settingsApi } from '../api/settings-api.ts';
import { useResource } from '../api/use-resource.ts';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { formatBucketStart } from './funnel-table.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import { vocTrendOption } from './voc-chart-option.ts';
import type { VocMetricName } from './voc-form.ts';
import {
  formatInterval,
  formatScoreValue,
  formatSentiment,
  hasMeasuredPoint,
  sentimentShares,
  trendOf,
  vocMetricsOf,
} from './voc-table.ts';
import './attribution-voc-basket.css';

const Chart = lazy(() => import('../charts/Chart.tsx'));

/**
 * A voice-of-the-customer answer read with the spec that asked for it (on the page and on
 * dashboards alike): score tiles with counts and intervals, each score's trend, the breakdown
 * table, the sentiment of feedback texts and their themes. Where something is missing, says
 * where the workspace's settings expect it (survey event and properties, feedback texts).
 */
export function VocResultView({ spec, result }: { spec: VocSpecInput; result: VocResult }) {
  const { t } = useTranslation();
  const [settings] = useResource('workspace-settings', (signal) => settingsApi.get(signal));
  // Until the settings arrive (or if they cannot be read) the defaults are named: they apply
  // unless an admin changed them.
  const known = settings.state === 'ready' ? settings.data : null;
  const settled = settings.state !== 'loading';
  const metrics = vocMetricsOf(result);
  const answers = metrics.reduce((n, m) => n + (result[m]?.count ?? 0), 0);

  return (
    <div className="voc-result">
      {answers === 0 ? (
        <div className="notice notice-info" data-testid="voc-no-answers">
          <p>{t('voc.noAnswers')}</p>
          {settled && <p data-testid="voc-survey-settings">{surveyExpectation(t, known)}</p>}
        </div>
      ) : (
        <ScoreTiles result={result} metrics={metrics} />
      )}
      {answers > 0 && result.overTime && spec.interval && (
        <Trends
          result={result}
          metrics={metrics}
          unit={spec.interval.unit}
          timezone={spec.timezone ?? 'UTC'}
        />
      )}
      {result.groups && result.groups.length > 0 && (
        <GroupsTable groups={result.groups} metrics={metrics} by={spec.by ?? 'channel'} />
      )}
      {result.texts.total === 0 ? (
        <div className="notice notice-info" data-testid="voc-no-texts">
          <p>{t('voc.noTexts')}</p>
          {settled && <p>{textExpectation(t, known)}</p>}
        </div>
      ) : (
        <>
          {result.sentiment && <SentimentBar sentiment={result.sentiment} texts={result.texts} />}
          {result.themes && <ThemesTable themes={result.themes} />}
        </>
      )}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** "Survey answers are read from `survey_response` events: kind in `survey`, score in `score`." */
function surveyExpectation(t: T, settings: WorkspaceSettings | null): string {
  const s = settings?.surveys;
  return t('voc.surveysExpected', {
    event: s?.event ?? 'survey_response',
    survey: s?.surveyProperty ?? 'survey',
    score: s?.scoreProperty ?? 'score',
  });
}

function textExpectation(t: T, settings: WorkspaceSettings | null): string {
  const s = settings?.surveys;
  const sources = settings?.feedback.texts ?? [];
  return t(sources.length === 0 ? 'voc.textsExpected' : 'voc.textsExpectedWithSources', {
    event: s?.event ?? 'survey_response',
    comment: s?.commentProperty ?? 'comment',
    sources: sources.map((x) => `${x.event} → ${x.property}`).join(', '),
  });
}

function ScoreTiles({ result, metrics }: { result: VocResult; metrics: VocMetricName[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="kpi-tiles voc-tiles" aria-label={t('voc.scores')}>
      {metrics.map((metric) => {
        const s = result[metric]!;
        const ci = formatInterval(metric, s.ci, format.language);
        return (
          <li key={metric} className="kpi-tile" data-testid={`voc-tile-${metric}`} data-value={s.value ?? ''}>
            <span className="kpi-tile-label">{t(`voc.metrics.${metric}`)}</span>
            <span className="kpi-tile-value">
              {s.value === null
                ? t('common.notMeasured')
                : formatScoreValue(metric, s.value, format.language)}
            </span>
            <span className="kpi-tile-count">{t('voc.answers', { number: format.count(s.count) })}</span>
            <span className="kpi-tile-count">
              {ci ? t('voc.interval95', ci) : s.count === 0 ? t(`voc.none.${metric}`) : t('voc.noInterval')}
            </span>
            {metric === 'nps' && result.nps && result.nps.count > 0 && (
              <span className="kpi-tile-count">
                {t('voc.npsParts', {
                  promoters: format.count(result.nps.promoters),
                  passives: format.count(result.nps.passives),
                  detractors: format.count(result.nps.detractors),
                })}
              </span>
            )}
            {metric === 'ces' && result.ces && (
              <span className="kpi-tile-count">
                {t('voc.cesScale', {
                  min: format.number(result.ces.scale.min),
                  max: format.number(result.ces.scale.max),
                })}
              </span>
            )}
          </li>
        );
      })}
      {result.emotion.score !== null && (
        <li className="kpi-tile" data-testid="voc-tile-emotion">
          <span className="kpi-tile-label">{t('voc.emotion')}</span>
          <span className="kpi-tile-value">{format.score(Math.round(result.emotion.score * 10) / 10)}</span>
          <span className="kpi-tile-count">{t('voc.emotionHelp')}</span>
        </li>
      )}
    </ul>
  );
}

/** Each score's axis: NPS −100..100, CSAT 0..100 %, CES its answer scale. */
function rangeOf(metric: VocMetricName, result: VocResult): { min: number; max: number } {
  if (metric === 'nps') return { min: -100, max: 100 };
  if (metric === 'csat') return { min: 0, max: 1 };
  return result.ces?.scale ?? { min: 1, max: 7 };
}

function Trends({
  result,
  metrics,
  unit,
  timezone,
}: {
  result: VocResult;
  metrics: VocMetricName[];
  unit: 'hour' | 'day' | 'week' | 'month';
  timezone: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const charts = useMemo(
    () =>
      metrics
        .map((metric) => ({ metric, points: trendOf(result.overTime ?? [], metric) }))
        .filter((c) => hasMeasuredPoint(c.points))
        .map(({ metric, points }) => ({
          metric,
          buckets: points.length,
          option: vocTrendOption(points, {
            name: t(`voc.metrics.${metric}`),
            low: t('voc.ciLow'),
            high: t('voc.ciHigh'),
            bucketLabel: (start) => formatBucketStart(start, unit, format.language, timezone),
            formatValue: (v) => formatScoreValue(metric, v, format.language),
            range: rangeOf(metric, result),
          }),
        })),
    [metrics, result, t, unit, format, timezone],
  );
  if (charts.length === 0) return null;
  return (
    <section className="insights-subsection" aria-labelledby="voc-trend-title">
      <h3 id="voc-trend-title">{t('voc.trendTitle')}</h3>
      <div className="voc-trends">
        {charts.map((c) => (
          <div key={c.metric} className="voc-trend">
            <Suspense fallback={<Spinner label={t('voc.drawing')} announce={false} />}>
              <Chart
                option={c.option}
                height={220}
                label={t('voc.trendLabel', { metric: t(`voc.metrics.${c.metric}`), buckets: c.buckets })}
              />
            </Suspense>
          </div>
        ))}
      </div>
    </section>
  );
}

function GroupsTable({ groups, metrics, by }: { groups: VocGroup[]; metrics: VocMetricName[]; by: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groupName = (g: VocGroup) =>
    g.other
      ? t('voc.otherGroup')
      : g.key === null
        ? t('voc.noGroup')
        : by === 'channel'
          ? t(`channels.${g.key}`, { defaultValue: g.name ?? g.key })
          : (g.name ?? g.key);
  return (
    <ScrollRegion label={t('voc.groupsCaption', { by: t(`voc.breakdowns.${by}`, { defaultValue: by }) })}>
      <table className="table insights-table" data-testid="voc-groups">
        <caption>{t('voc.groupsCaption', { by: t(`voc.breakdowns.${by}`, { defaultValue: by }) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`voc.breakdowns.${by}`, { defaultValue: by })}</th>
            {metrics.map((m) => (
              <th key={m} scope="col" className="numeric">
                {t(`voc.metrics.${m}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('voc.sentimentMean')}
            </th>
            <th scope="col" className="numeric">
              {t('voc.textsCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.other ? 'other' : 'group'}:${g.key}`}>
              <th scope="row">{groupName(g)}</th>
              {metrics.map((m) => {
                const s = g[m];
                return (
                  <td key={m} className="numeric">
                    {s && s.count > 0
                      ? t('voc.valueWithCount', {
                          value: formatScoreValue(m, s.value, format.language),
                          count: format.count(s.count),
                        })
                      : t('common.notMeasured')}
                  </td>
                );
              })}
              <td className="numeric">
                {g.sentiment?.mean === null || g.sentiment === undefined
                  ? t('common.notMeasured')
                  : formatSentiment(g.sentiment.mean, format.language)}
              </td>
              <td className="numeric">{format.count(g.sentiment?.count ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function SentimentBar({ sentiment, texts }: { sentiment: SentimentSummary; texts: VocResult['texts'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shares = sentimentShares(sentiment);
  const parts = (['positive', 'neutral', 'negative'] as const).map((k) => ({
    key: k,
    share: shares[k],
    count: sentiment[k],
  }));
  return (
    <section className="insights-subsection" aria-labelledby="voc-sentiment-title">
      <h3 id="voc-sentiment-title">{t('voc.sentimentTitle')}</h3>
      <p data-testid="voc-sentiment-summary">
        {t('voc.sentimentSummary', {
          analysed: format.count(texts.analysed),
          total: format.count(texts.total),
          mean:
            sentiment.mean === null
              ? t('common.notMeasured')
              : formatSentiment(sentiment.mean, format.language),
        })}
      </p>
      <div className="sentiment-bar" aria-hidden="true">
        {parts
          .filter((p) => p.share > 0)
          .map((p) => (
            <span key={p.key} className={`sentiment-${p.key}`} style={{ width: `${p.share * 100}%` }} />
          ))}
      </div>
      <ul className="sentiment-legend">
        {parts.map((p) => (
          <li key={p.key}>
            <span className={`sentiment-swatch sentiment-${p.key}`} aria-hidden="true" />
            {t(`voc.sentiments.${p.key}`, { share: format.percent(p.share), count: format.count(p.count) })}
          </li>
        ))}
        {sentiment.unscored > 0 && <li>{t('voc.unscored', { count: format.count(sentiment.unscored) })}</li>}
      </ul>
    </section>
  );
}

function ThemesTable({ themes }: { themes: FeedbackTheme[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (themes.length === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('voc.noThemes')}</p>
      </div>
    );
  }
  return (
    <ScrollRegion label={t('voc.themesCaption')}>
      <table className="table insights-table" data-testid="voc-themes">
        <caption>{t('voc.themesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('voc.theme')}</th>
            <th scope="col" className="numeric">
              {t('voc.themeSize')}
            </th>
            <th scope="col" className="numeric">
              {t('voc.themeShare')}
            </th>
            <th scope="col" className="numeric">
              {t('voc.sentimentMean')}
            </th>
            <th scope="col">{t('voc.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.label}>
              <th scope="row">{theme.label}</th>
              <td className="numeric">{format.count(theme.size)}</td>
              <td className="numeric">{format.percent(theme.share)}</td>
              <td className="numeric">
                {theme.sentiment === null
                  ? t('common.notMeasured')
                  : formatSentiment(theme.sentiment, format.language)}
              </td>
              <td>
                <ul className="theme-examples">
                  {theme.examples.map((quote) => (
                    <li key={quote}>
                      <q>{quote}</q>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
