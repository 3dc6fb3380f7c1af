import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MomentsOfTruthResult } from '../api/insights-api.ts';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { AddMomentToMap } from './AddMomentToMap.tsx';
import { forestChartOption } from './moments-chart-option.ts';
import { type DifferenceCell, formatPoints, momentRows } from './moments-table.ts';
import { mapNames, useMapDoc } from './WithMaps.tsx';
import '../journey-insights.css';

const Chart = lazy(() => import('../charts/Chart.tsx'));

/**
 * Which touchpoints change the later outcome: a forest plot of the differences within stages
 * (with the crude ones beside them), then per touchpoint both groups' rates, both differences
 * with their 95% intervals, the verdict, and for a moment of truth "add it to the map".
 */
export function MomentsOfTruthResultView({ result, mapId }: { result: MomentsOfTruthResult; mapId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = useMapDoc(mapId);
  const names = useMemo(() => mapNames(doc), [doc]);
  const rows = useMemo(
    () => momentRows(result.moments, names.stages, format.language),
    [result, names, format],
  );
  const option = useMemo(
    () =>
      forestChartOption(result.moments, {
        stratified: t('momentsOfTruth.stratified'),
        crude: t('momentsOfTruth.crude'),
        axis: t('momentsOfTruth.axis', { outcome: t(`momentsOfTruth.outcomes.${result.outcome}`) }),
        formatPoints: (x) => formatPoints(x, format.language),
      }),
    [result, t, format],
  );
  const moments = rows.filter((r) => r.status === 'moment');
  const charted = result.moments.filter((m) => m.stratified !== null && !m.isOutcome);
  const interval = (d: DifferenceCell | null) =>
    d === null ? t('momentsOfTruth.noEstimate') : t('momentsOfTruth.interval', { ...d });

  if (rows.length === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('momentsOfTruth.empty')}</p>
      </div>
    );
  }
  return (
    <div className="journey-insight-result">
      <p className="lead" data-testid="moments-summary">
        {t('momentsOfTruth.summary', {
          moments: format.count(moments.length),
          judged: format.count(rows.length),
          outcome: t(`momentsOfTruth.outcomes.${result.outcome}`),
        })}
      </p>
      <p className="field-help">{t('momentsOfTruth.howToRead')}</p>
      {charted.length > 0 && (
        <Suspense fallback={<Spinner label={t('momentsOfTruth.drawing')} announce={false} />}>
          <Chart
            option={option}
            height={Math.max(200, charted.length * 28 + 80)}
            label={t('momentsOfTruth.chartLabel', {
              list: rows
                .filter((r) => r.stratified && r.status !== 'outcome')
                .map((r) => `${r.name} ${interval(r.stratified)}`)
                .join('; '),
            })}
          />
        </Suspense>
      )}
      <div className="table-scroll">
        <table className="table moments-table">
          <caption>{t('momentsOfTruth.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('momentsOfTruth.columns.touchpoint')}</th>
              <th scope="col" className="numeric">
                {t('momentsOfTruth.columns.with')}
              </th>
              <th scope="col" className="numeric">
                {t('momentsOfTruth.columns.without')}
              </th>
              <th scope="col" className="numeric">
                {t('momentsOfTruth.columns.crude')}
              </th>
              <th scope="col" className="numeric">
                {t('momentsOfTruth.columns.stratified')}
              </th>
              <th scope="col">{t('momentsOfTruth.columns.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.touchpointId} data-touchpoint-id={row.touchpointId} data-status={row.status}>
                <th scope="row">
                  {row.name}
                  <span className="cell-note">{row.stage}</span>
                </th>
                <td className="numeric">
                  {row.with.rate}
                  <span className="cell-note">{t('momentsOfTruth.ofPersons', { ...row.with })}</span>
                </td>
                <td className="numeric">
                  {row.without.rate}
                  <span className="cell-note">{t('momentsOfTruth.ofPersons', { ...row.without })}</span>
                </td>
                <td className="numeric">{interval(row.crude)}</td>
                <td className="numeric" data-figure="stratified">
                  {interval(row.stratified)}
                </td>
                <td>
                  <span className={row.status === 'moment' ? 'badge badge-positive' : 'badge badge-neutral'}>
                    {t(`momentsOfTruth.status.${row.status}`)}
                  </span>
                  <AddMomentToMap
                    moment={result.moments[i]!}
                    mapId={mapId}
                    doc={doc}
                    outcome={result.outcome}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
