import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../src/model/index.ts';
import type { JourneyStageResult } from '../api/types.ts';
import { FigureList } from './FigureList.tsx';
import { isLastStage, stageFigures } from './figures.ts';
import type { Live } from './live.ts';

/** A stage's column head: name, description, and the stage's live numbers when measured. */
export function StageHeader({
  stage,
  live,
  result,
  explainUnmeasured,
}: {
  stage: Stage;
  live: Live;
  result: JourneyStageResult | undefined;
  /** Say why the stage has no numbers (off when no stage has any: the page says so once). */
  explainUnmeasured: boolean;
}) {
  const { t } = useTranslation();
  const figures = result ? stageFigures(result) : [];
  return (
    <div className="stage-header" data-stage-id={stage.id}>
      <h3 className="stage-name">{stage.name}</h3>
      {stage.description && (
        // Clamped to three lines on screen; the whole text is in the tooltip and read out in full.
        <p className="stage-description" title={stage.description}>
          {stage.description}
        </p>
      )}
      {live.state === 'ready' && figures.length > 0 && <FigureList figures={figures} context="stage" />}
      {live.state === 'ready' && result && isLastStage(result) && (
        <p className="card-note">{t('live.lastStage')}</p>
      )}
      {live.state === 'ready' && result && !result.measured && explainUnmeasured && (
        <p className="card-note">{t('live.stageUnmeasured')}</p>
      )}
    </div>
  );
}
