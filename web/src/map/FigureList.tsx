import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import type { Figure } from './figures.ts';

/**
 * Live figures as a description list; each value carries `data-figure` (its key) and
 * `data-value` (the raw number) so tests can compare it with the API's answer.
 */
export function FigureList({ figures, context }: { figures: Figure[]; context: 'touchpoint' | 'stage' }) {
  const { t } = useTranslation();
  const format = useFormat();

  const label = (figure: Figure) =>
    context === 'stage' && figure.key === 'medianTime'
      ? t('figures.medianTimeStage')
      : t(`figures.${figure.key}`);

  const value = (figure: Figure): string => {
    const main =
      figure.kind === 'count'
        ? format.count(figure.value)
        : figure.kind === 'percent'
          ? format.percent(figure.value)
          : figure.kind === 'duration'
            ? format.duration(figure.value)
            : format.nps(figure.value);
    if (figure.value === null) return main;
    if (figure.rate !== undefined)
      return t('figures.countWithRate', { count: main, rate: format.percent(figure.rate) });
    if (figure.responses !== undefined)
      return t('figures.responses', { value: main, count: format.count(figure.responses) });
    return main;
  };

  return (
    <dl className={`figures figures-${context}`}>
      {figures.map((figure) => (
        <div key={figure.key} className="figure">
          <dt>{label(figure)}</dt>
          <dd data-figure={figure.key} data-value={figure.value ?? ''}>
            {value(figure)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
