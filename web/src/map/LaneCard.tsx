import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneItem } from '../../../src/model/index.ts';
import { useFormat } from '../i18n/use-format.ts';

const EMOTION_LEVEL = {
  '-2': 'veryNegative',
  '-1': 'negative',
  '0': 'neutral',
  '1': 'positive',
  '2': 'veryPositive',
} as const;

/** A researcher's card in one of the lanes: its text, plus what is special to its lane. */
export const LaneCard = memo(function LaneCard({ item }: { item: LaneItem }) {
  const { t } = useTranslation();
  const format = useFormat();

  switch (item.lane) {
    case 'emotion': {
      const tone = item.score > 0 ? 'positive' : item.score < 0 ? 'negative' : 'neutral';
      const level = EMOTION_LEVEL[String(item.score) as keyof typeof EMOTION_LEVEL];
      return (
        <div className={`card lane-card emotion-card tone-${tone}`}>
          <p className="score">
            <span className={`badge badge-${tone}`}>
              {t('emotion.score', { score: format.score(item.score) })}
            </span>{' '}
            {t(`emotion.levels.${level}`)}
          </p>
          {item.text && <p>{item.text}</p>}
        </div>
      );
    }
    case 'pain_point':
      return (
        <div className={`card lane-card pain-card severity-${item.severity}`}>
          <p>
            <span className={`badge badge-severity-${item.severity}`}>
              {t('severity.label', { severity: t(`severity.${item.severity}`) })}
            </span>
          </p>
          <p>{item.text}</p>
        </div>
      );
    case 'desired_action':
    case 'completed_action':
      return (
        <div className="card lane-card">
          <p>{item.text}</p>
          {item.event && <p className="card-meta">{t('action.event', { event: item.event.event })}</p>}
        </div>
      );
    case 'kpi': {
      const target =
        item.target === undefined
          ? null
          : `${typeof item.target === 'number' ? format.number(item.target) : item.target}${item.unit ? ` ${item.unit}` : ''}`;
      return (
        <div className="card lane-card kpi-card">
          <h4 className="card-title">{item.name}</h4>
          {item.definition && <p>{item.definition}</p>}
          {target && <p className="card-meta">{t('kpi.target', { target })}</p>}
        </div>
      );
    }
    case 'goal':
    case 'action':
    case 'expectation':
    case 'moment_of_truth':
    case 'opportunity':
      return (
        <div className={`card lane-card lane-${item.lane}`}>
          <p>{item.text}</p>
        </div>
      );
    case 'custom':
      return (
        <div className="card lane-card lane-custom">
          <p>{item.text}</p>
        </div>
      );
  }
});
