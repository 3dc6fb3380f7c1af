import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap, LaneItem, Stage, Touchpoint } from '../../../../src/model/index.ts';
import { translateWith } from '../figure-text.ts';
import { buildGrid, type GridRow } from '../grid-layout.ts';
import { LaneCard } from '../LaneCard.tsx';
import { laneName } from '../lane-name.ts';
import { TouchpointCard } from '../TouchpointCard.tsx';
import { alignLanes } from './align-lanes.ts';
import { alignStages } from './align-stages.ts';

/**
 * The cards of `stage` in `row`, or none when the map has no such stage in this column or does
 * not show this lane.
 */
function cellOf(row: GridRow | undefined, stages: Stage[], stage: Stage | null): (Touchpoint | LaneItem)[] {
  if (!stage || !row) return [];
  const index = stages.indexOf(stage);
  return index < 0 ? [] : (row.cells[index] ?? []);
}

function Cards({ cards }: { cards: (Touchpoint | LaneItem)[] }) {
  return (
    <>
      {cards.map((card) =>
        'lane' in card ? (
          <LaneCard key={card.id} item={card} />
        ) : (
          <TouchpointCard key={card.id} touchpoint={card} live={{ state: 'off' }} result={undefined} />
        ),
      )}
    </>
  );
}

/**
 * A current-state and a future-state map in one table: a column per aligned stage (alignStages),
 * each lane (alignLanes) as two rows, today above, the future below, so every change reads top
 * to bottom.
 */
export function SideBySideGrid({ current, future }: { current: JourneyMap; future: JourneyMap }) {
  const { t } = useTranslation();
  const columns = useMemo(() => alignStages(current.stages, future.stages), [current, future]);
  const now = useMemo(() => buildGrid(current), [current]);
  const next = useMemo(() => buildGrid(future), [future]);
  const lanes = useMemo(() => alignLanes(now.rows, next.rows), [now, next]);

  if (columns.length === 0) return <p className="notice notice-info">{t('map.noStages')}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard (WCAG 2.1.1)
    <section className="grid-scroll" aria-label={t('sideBySide.gridRegion')} tabIndex={0}>
      <table className="journey-grid side-by-side" style={{ minWidth: `${12 + columns.length * 15}rem` }}>
        <caption className="visually-hidden">
          {t('sideBySide.caption', { current: current.name, future: future.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              {t('map.lane')}
            </th>
            {columns.map((column, i) => (
              <th
                scope="col"
                // biome-ignore lint/suspicious/noArrayIndexKey: columns have no id of their own; their order is fixed
                key={i}
                data-current-stage={column.current?.name ?? ''}
                data-future-stage={column.future?.name ?? ''}
              >
                <p className="sbs-stage" lang={current.locale}>
                  <span className="sbs-label">{t('sideBySide.current')}</span>{' '}
                  {column.current?.name ?? t('sideBySide.noStage')}
                </p>
                <p className="sbs-stage" lang={future.locale}>
                  <span className="sbs-label">{t('sideBySide.future')}</span>{' '}
                  {column.future?.name ?? t('sideBySide.noStage')}
                </p>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map(({ key, current: row, future: futureRow }) => {
            const lane = laneName((row ?? futureRow)!.setting, translateWith(t));
            return (
              <Fragment key={key}>
                <tr data-lane={key} data-state="current" className="sbs-current-row">
                  <th scope="row">{t('sideBySide.laneCurrent', { lane })}</th>
                  {columns.map((column, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: see the header
                    <td key={i}>
                      <Cards cards={cellOf(row, now.stages, column.current)} />
                    </td>
                  ))}
                </tr>
                <tr data-lane={key} data-state="future" className="sbs-future-row">
                  <th scope="row">{t('sideBySide.laneFuture', { lane })}</th>
                  {columns.map((column, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: see the header
                    <td key={i}>
                      <Cards cards={cellOf(futureRow, next.stages, column.future)} />
                    </td>
                  ))}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
