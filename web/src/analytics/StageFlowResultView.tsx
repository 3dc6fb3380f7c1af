import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyResult } from '../api/types.ts';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { stageFlowChartOption, transitionRows } from './stage-flow.ts';

const Chart = lazy(() => import('../charts/Chart.tsx'));

/**
 * A map's stage flow: people per stage (moved on or dropped off) as bars, the stages' figures in
 * a table, and every move between stages — forward, skipping stages, or going back.
 */
export function StageFlowResultView({ result }: { result: JourneyResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () =>
      stageFlowChartOption(result, {
        movedOn: t('stageFlow.movedOn'),
        droppedOff: t('stageFlow.droppedOff'),
        formatCount: format.count,
      }),
    [result, t, format],
  );
  const moves = useMemo(() => transitionRows(result), [result]);

  if (!result.stages.some((s) => s.measured)) {
    return (
      <div className="notice notice-info">
        <p>{t('stageFlow.unmeasured')}</p>
      </div>
    );
  }
  if (result.persons === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('stageFlow.empty')}</p>
      </div>
    );
  }
  const summary = t('stageFlow.summary', { persons: format.count(result.persons) });
  return (
    <div className="stage-flow-result">
      <p className="lead" data-testid="stage-flow-summary">
        {summary}
      </p>
      <Suspense fallback={<Spinner label={t('stageFlow.drawing')} announce={false} />}>
        <Chart option={option} height={300} label={t('stageFlow.chartLabel', { summary })} />
      </Suspense>
      <table className="table">
        <caption>{t('stageFlow.stagesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stageFlow.columns.stage')}</th>
            <th scope="col">{t('figures.persons')}</th>
            <th scope="col">{t('figures.toNextStage')}</th>
            <th scope="col">{t('figures.dropOff')}</th>
            <th scope="col">{t('figures.medianTimeStage')}</th>
          </tr>
        </thead>
        <tbody>
          {result.stages.map((s) => (
            <tr key={s.id} data-stage-id={s.id}>
              <th scope="row">{s.name}</th>
              {s.measured ? (
                <>
                  <td data-figure="persons">{format.count(s.persons)}</td>
                  <td>
                    {s.conversionToNext === null
                      ? t('stageFlow.lastStage')
                      : format.percent(s.conversionToNext)}
                  </td>
                  <td>{s.dropOff === null ? '—' : format.count(s.dropOff)}</td>
                  <td>{format.duration(s.medianSecondsInStage)}</td>
                </>
              ) : (
                <td colSpan={4}>{t('live.stageUnmeasured')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {moves.length > 0 && (
        <table className="table">
          <caption>{t('stageFlow.movesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stageFlow.columns.from')}</th>
              <th scope="col">{t('stageFlow.columns.to')}</th>
              <th scope="col">{t('stageFlow.columns.kind')}</th>
              <th scope="col">{t('figures.persons')}</th>
              <th scope="col">{t('stageFlow.columns.moves')}</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((m) => (
              <tr key={`${m.from}>${m.to}`}>
                <td>{m.from}</td>
                <td>{m.to}</td>
                <td>{t(`stageFlow.kinds.${m.kind}`)}</td>
                <td>{format.count(m.persons)}</td>
                <td>{format.count(m.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
