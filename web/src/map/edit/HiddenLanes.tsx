import { useTranslation } from 'react-i18next';
import { type JourneyMap, laneKey, mapLanes } from '../../../../src/model/index.ts';
import { translateWith } from '../figure-text.ts';
import type { GridLane } from '../grid-layout.ts';
import { laneName } from '../lane-name.ts';

/** The lanes the map hides, each with a button that shows it again; nothing when none is hidden. */
export function HiddenLanes({ map, onShow }: { map: JourneyMap; onShow: (key: GridLane) => void }) {
  const { t: i18nT } = useTranslation();
  const t = translateWith(i18nT);
  const hidden = mapLanes(map).filter((lane) => lane.hidden);
  if (hidden.length === 0) return null;
  return (
    <div className="hidden-lanes">
      <span className="card-meta">{t('lanesEdit.hiddenLanes')}:</span>
      {hidden.map((lane) => {
        const name = laneName(lane, t);
        return (
          <button
            key={laneKey(lane)}
            type="button"
            className="button button-small"
            onClick={() => onShow(laneKey(lane))}
          >
            {t('lanesEdit.showShort', { name })}
          </button>
        );
      })}
    </div>
  );
}
