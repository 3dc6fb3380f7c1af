import { Fragment, lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/index.ts';
import { Spinner } from '../components/Spinner.tsx';
import { emotionCurve, hasEmotionScores } from './emotion-curve.ts';
import { buildGrid } from './grid-layout.ts';
import { LaneCard } from './LaneCard.tsx';
import type { Live } from './live.ts';
import { StageHeader } from './StageHeader.tsx';
import { TouchpointCard } from './TouchpointCard.tsx';

// ECharts is most of the app's weight: load it only when a map with scored emotions is open.
const EmotionCurve = lazy(() => import('./EmotionCurve.tsx'));

/**
 * The journey map as a table: stages as columns, lanes as rows (touchpoints first), the emotion
 * curve drawn across the stages above the emotion cards. A table, not a CSS grid of divs, so
 * screen readers announce "stage, lane" for every cell.
 */
export function JourneyGrid({ map, live }: { map: JourneyMap; live: Live }) {
  const { t } = useTranslation();
  const grid = useMemo(() => buildGrid(map), [map]);
  const curve = useMemo(() => emotionCurve(map), [map]);
  const result = live.state === 'ready' ? live.result : undefined;
  const stageResults = useMemo(() => new Map(result?.stages.map((s) => [s.id, s])), [result]);
  const touchpointResults = useMemo(() => new Map(result?.touchpoints.map((tp) => [tp.id, tp])), [result]);

  if (grid.stages.length === 0) {
    return <p className="notice notice-info">{t('map.noStages')}</p>;
  }

  return (
    <>
      {grid.unplaced > 0 && (
        <p className="notice notice-warning">{t('map.unplaced', { count: grid.unplaced })}</p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard (WCAG 2.1.1) */}
      <section className="grid-scroll" aria-label={t('map.gridRegion')} tabIndex={0}>
        <table className="journey-grid" style={{ minWidth: `${10 + grid.stages.length * 15}rem` }}>
          <caption className="visually-hidden">{t('map.gridCaption', { name: map.name })}</caption>
          <colgroup>
            <col className="lane-column" />
            {grid.stages.map((stage) => (
              <col key={stage.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="corner">
                {t('map.lane')}
              </th>
              {grid.stages.map((stage) => (
                <th scope="col" key={stage.id}>
                  <StageHeader
                    stage={stage}
                    live={live}
                    result={stageResults.get(stage.id)}
                    explainUnmeasured={result?.stages.some((s) => s.measured) ?? false}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <Fragment key={row.lane}>
                {row.lane === 'emotion' && hasEmotionScores(curve) && (
                  <tr className="curve-row">
                    <th scope="row">{t('emotion.curve')}</th>
                    <td colSpan={grid.stages.length}>
                      <Suspense
                        fallback={<Spinner compact announce={false} label={t('emotion.chartLoading')} />}
                      >
                        <EmotionCurve points={curve} />
                      </Suspense>
                    </td>
                  </tr>
                )}
                <tr data-lane={row.lane}>
                  <th scope="row">{t(`lanes.${row.lane}`)}</th>
                  {row.lane === 'touchpoint'
                    ? row.cells.map((cards, index) => (
                        <td key={grid.stages[index]!.id}>
                          {cards.map((tp) => (
                            <TouchpointCard
                              key={tp.id}
                              touchpoint={tp}
                              live={live}
                              result={touchpointResults.get(tp.id)}
                            />
                          ))}
                        </td>
                      ))
                    : row.cells.map((cards, index) => (
                        <td key={grid.stages[index]!.id}>
                          {cards.map((item) => (
                            <LaneCard key={item.id} item={item} />
                          ))}
                        </td>
                      ))}
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
