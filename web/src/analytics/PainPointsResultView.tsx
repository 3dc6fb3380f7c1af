import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainPointsResult } from '../api/insights-api.ts';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { painPointsChartOption } from './pain-points-chart-option.ts';
import { PAIN_FACTORS, type PainPointRow, painPointRows, unrankedRows } from './pain-points-table.ts';
import { mapNames, useMapDoc } from './WithMaps.tsx';
import '../journey-insights.css';

const Chart = lazy(() => import('../charts/Chart.tsx'));

/**
 * A map's touchpoints ranked as pain points: the scores as bars, then a table with every factor
 * raw and scaled and why each ranks where it does, and the touchpoints that could not be ranked
 * with the reason.
 */
export function PainPointsResultView({ result, mapId }: { result: PainPointsResult; mapId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = useMapDoc(mapId);
  const names = useMemo(() => mapNames(doc), [doc]);
  const rows = useMemo(() => painPointRows(result, names.stages, format.language), [result, names, format]);
  const unranked = useMemo(() => unrankedRows(result, names.touchpoints), [result, names]);
  const option = useMemo(() => {
    const twoDecimals = new Intl.NumberFormat(format.language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return painPointsChartOption(result, {
      score: t('painPoints.columns.score'),
      formatScore: (n) => twoDecimals.format(n),
    });
  }, [result, t, format]);
  const factorList = (factors: readonly string[]) =>
    factors.map((f) => t(`painPoints.factors.${f}`)).join(' × ');
  const leftOut = PAIN_FACTORS.filter((f) => !result.factorsUsed.includes(f));

  return (
    <div className="journey-insight-result">
      {rows.length === 0 ? (
        <div className="notice notice-info">
          <p>{t('painPoints.empty')}</p>
        </div>
      ) : (
        <>
          <p className="lead" data-testid="pain-points-summary">
            {t('painPoints.summary', {
              number: format.count(rows.length),
              persons: format.count(result.persons),
              top: rows[0]!.name,
            })}
          </p>
          <p>
            {t('painPoints.scoreIs', { factors: factorList(result.factorsUsed) })}
            {leftOut.length > 0 && ` ${t('painPoints.leftOut', { factors: factorList(leftOut) })}`}
          </p>
          <Suspense fallback={<Spinner label={t('painPoints.drawing')} announce={false} />}>
            <Chart
              option={option}
              height={Math.max(160, rows.length * 28 + 40)}
              label={t('painPoints.chartLabel', {
                list: rows.map((r) => `${r.rank}. ${r.name} ${r.score}`).join(', '),
              })}
            />
          </Suspense>
          <div className="table-scroll">
            <table className="table pain-points-table">
              <caption>{t('painPoints.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('painPoints.columns.rank')}
                  </th>
                  <th scope="col">{t('painPoints.columns.touchpoint')}</th>
                  <th scope="col" className="numeric">
                    {t('painPoints.columns.score')}
                  </th>
                  {PAIN_FACTORS.map((f) => (
                    <th key={f} scope="col" className="numeric">
                      {t(`painPoints.factors.${f}`)}
                    </th>
                  ))}
                  <th scope="col">{t('painPoints.columns.why')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.touchpointId} data-touchpoint-id={row.touchpointId}>
                    <td className="numeric">{row.rank}</td>
                    <th scope="row">
                      {row.name}
                      <span className="cell-note">{row.stage}</span>
                    </th>
                    <td className="numeric" data-figure="score">
                      {row.score}
                    </td>
                    {PAIN_FACTORS.map((f) => (
                      <td key={f} className="numeric" data-figure={f}>
                        {row.factors[f].raw}
                        <span className="cell-note">
                          {row.factors[f].scaled === null
                            ? t('painPoints.notScaled')
                            : t('painPoints.scaled', { value: row.factors[f].scaled })}
                        </span>
                      </td>
                    ))}
                    <td className="why-cell">
                      <WhyItRanks row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {unranked.length > 0 && (
        <section className="insights-subsection" aria-labelledby="pain-unranked-title">
          <h3 id="pain-unranked-title">{t('painPoints.unrankedTitle')}</h3>
          <ul className="unranked-list">
            {unranked.map((u) => (
              <li key={u.touchpointId} data-touchpoint-id={u.touchpointId}>
                <strong>{u.name}</strong>: {t(`painPoints.reasons.${u.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The factors of one pain point in a sentence, and which of them weighs most in its score. */
function WhyItRanks({ row }: { row: PainPointRow }) {
  const { t } = useTranslation();
  const { why } = row;
  return (
    <>
      {t('painPoints.why', {
        rate: why.dropOffRate,
        reach: why.reach,
        dropped: why.dropped,
        atRisk: why.atRisk,
        perPerson: why.valuePerPerson,
      })}{' '}
      {why.feedback
        ? t('painPoints.whyFeedback', { negative: why.feedback.negative, answers: why.feedback.answers })
        : t('painPoints.whyNoFeedback')}
      {why.strongest && ` ${t('painPoints.strongest', { factor: t(`painPoints.factors.${why.strongest}`) })}`}
    </>
  );
}
