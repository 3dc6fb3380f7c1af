import { Fragment, lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap, LaneItem, Touchpoint } from '../../../src/model/index.ts';
import { Spinner } from '../components/Spinner.tsx';
import { CardTools } from './edit/CardTools.tsx';
import { allowCardDrop, CARD_ID_ATTRIBUTE, droppedCard, startCardDrag } from './edit/card-drag.ts';
import { LaneTools } from './edit/LaneTools.tsx';
import { StageTools } from './edit/StageTools.tsx';
import { emotionCurve, hasEmotionScores, withMeasuredEmotion } from './emotion-curve.ts';
import { translateWith } from './figure-text.ts';
import { buildGrid, type GridLane } from './grid-layout.ts';
import { LaneCard } from './LaneCard.tsx';
import { laneName } from './lane-name.ts';
import type { Live } from './live.ts';
import { useMeasuredEmotion } from './MeasuredEmotionContext.tsx';
import { StageHeader } from './StageHeader.tsx';
import { TouchpointCard } from './TouchpointCard.tsx';

// ECharts is most of the app's weight: load it only when a map with scored emotions is open.
const EmotionCurve = lazy(() => import('./EmotionCurve.tsx'));

/** What the grid offers when the map can be edited; the grid only calls these. */
export interface GridEditing {
  addCard: (kind: GridLane, stageId: string) => void;
  editCard: (card: Touchpoint | LaneItem) => void;
  moveCard: (cardId: string, by: number) => void;
  /** Drops a card into a stage's cell of its lane, before `beforeId` or at the end. */
  placeCard: (cardId: string, stageId: string, beforeId?: string) => void;
  renameStage: (stageId: string) => void;
  moveStage: (stageId: string, by: number) => void;
  deleteStage: (stageId: string) => void;
  /** Custom lanes only: built-in lanes keep their localised names. */
  renameLane: (laneId: string) => void;
  /** Moves a lane `by` shown rows (−1 up, +1 down). */
  moveLane: (key: GridLane, by: number) => void;
  hideLane: (key: GridLane) => void;
  /** Custom lanes only; asks first when the lane holds cards. */
  deleteLane: (laneId: string) => void;
}

/**
 * The journey map as a table: stages as columns, the map's shown lanes as rows in its order
 * (touchpoints first unless moved), the emotion curve drawn across the stages above the emotion
 * cards. A table, not a CSS grid of divs, so
 * screen readers announce "stage, lane" for every cell.
 */
export function JourneyGrid({
  map,
  live,
  editing,
}: {
  map: JourneyMap;
  live: Live;
  /** Absent: read-only. */
  editing?: GridEditing;
}) {
  const { t } = useTranslation();
  const translate = translateWith(t);
  const grid = useMemo(() => buildGrid(map), [map]);
  const measured = useMeasuredEmotion();
  const curve = useMemo(() => withMeasuredEmotion(emotionCurve(map), measured), [map, measured]);
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
                  {editing && (
                    <StageTools
                      stage={stage}
                      first={stage === grid.stages[0]}
                      last={stage === grid.stages.at(-1)}
                      editing={editing}
                    />
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, rowIndex) => {
              const name = laneName(row.setting, translate);
              return (
                <Fragment key={row.key}>
                  {row.lane === 'emotion' && hasEmotionScores(curve) && (
                    <tr className="curve-row">
                      <th scope="row">
                        <span className="lane-name">{t('emotion.curve')}</span>
                      </th>
                      <td colSpan={grid.stages.length}>
                        <Suspense
                          fallback={<Spinner compact announce={false} label={t('emotion.chartLoading')} />}
                        >
                          <EmotionCurve points={curve} />
                        </Suspense>
                      </td>
                    </tr>
                  )}
                  <tr data-lane={row.key}>
                    <th scope="row">
                      <span className="lane-name">{name}</span>
                      {editing && (
                        <LaneTools
                          lane={row.setting}
                          laneKey={row.key}
                          name={name}
                          first={rowIndex === 0}
                          last={rowIndex === grid.rows.length - 1}
                          editing={editing}
                        />
                      )}
                    </th>
                    {row.lane === 'touchpoint'
                      ? row.cells.map((cards, index) => (
                          <CardCell
                            key={grid.stages[index]!.id}
                            lane="touchpoint"
                            stageId={grid.stages[index]!.id}
                            editing={editing}
                          >
                            {cards.map((tp) => (
                              <CardSlot key={tp.id} lane="touchpoint" cardId={tp.id} editing={editing}>
                                <TouchpointCard
                                  touchpoint={tp}
                                  live={live}
                                  result={touchpointResults.get(tp.id)}
                                />
                                {editing && (
                                  <CardTools
                                    card={tp}
                                    label={tp.name}
                                    stages={grid.stages}
                                    editing={editing}
                                  />
                                )}
                              </CardSlot>
                            ))}
                            {editing && (
                              <AddCardButton
                                kind="touchpoint"
                                laneName={name}
                                stage={grid.stages[index]!}
                                editing={editing}
                              />
                            )}
                          </CardCell>
                        ))
                      : row.cells.map((cards, index) => (
                          <CardCell
                            key={grid.stages[index]!.id}
                            lane={row.key}
                            stageId={grid.stages[index]!.id}
                            editing={editing}
                          >
                            {cards.map((item) => (
                              <CardSlot key={item.id} lane={row.key} cardId={item.id} editing={editing}>
                                <LaneCard item={item} />
                                {editing && (
                                  <CardTools
                                    card={item}
                                    label={
                                      item.lane === 'kpi' ? item.name : (item.text ?? t(`lanes.${item.lane}`))
                                    }
                                    stages={grid.stages}
                                    editing={editing}
                                  />
                                )}
                              </CardSlot>
                            ))}
                            {editing && (
                              <AddCardButton
                                kind={row.key}
                                laneName={name}
                                stage={grid.stages[index]!}
                                editing={editing}
                              />
                            )}
                          </CardCell>
                        ))}
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}

/**
 * A cell of the grid; when editing, cards of its lane can be dropped into it. Dragging is the
 * mouse's shortcut: the move buttons and Alt+←/→ under each card do the same from the keyboard.
 */
function CardCell({
  lane,
  stageId,
  editing,
  children,
}: {
  lane: GridLane;
  stageId: string;
  editing?: GridEditing;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  if (!editing) return <td>{children}</td>;
  return (
    <td
      className={over ? 'drop-target' : undefined}
      onDragOver={(event) => {
        if (allowCardDrop(event, lane)) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const dropped = droppedCard(event, lane);
        if (dropped) editing.placeCard(dropped.cardId, stageId, dropped.beforeId);
      }}
    >
      {children}
    </td>
  );
}

/** A card with its tools; draggable when editing. */
function CardSlot({
  lane,
  cardId,
  editing,
  children,
}: {
  lane: GridLane;
  cardId: string;
  editing?: GridEditing;
  children: ReactNode;
}) {
  if (!editing) return <>{children}</>;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse's shortcut; the card's move buttons and Alt+←/→ do the same by keyboard
    <div
      className="card-slot"
      draggable
      {...{ [CARD_ID_ATTRIBUTE]: cardId }}
      onDragStart={(event) => startCardDrag(event, lane, cardId)}
    >
      {children}
    </div>
  );
}

function AddCardButton({
  kind,
  laneName,
  stage,
  editing,
}: {
  kind: GridLane;
  laneName: string;
  stage: { id: string; name: string };
  editing: GridEditing;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-add"
      aria-label={t('edit.addCardIn', { lane: laneName, stage: stage.name })}
      onClick={() => editing.addCard(kind, stage.id)}
    >
      + {t('edit.add')}
    </button>
  );
}
