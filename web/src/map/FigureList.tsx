import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import { figureLabel, figureValue, translateWith } from './figure-text.ts';
import type { Figure } from './figures.ts';

/**
 * Live figures as a description list; each value carries `data-figure` (its key) and
 * `data-value` (the raw number) so tests can compare it with the API's answer.
 */
export function FigureList({ figures, context }: { figures: Figure[]; context: 'touchpoint' | 'stage' }) {
  const t = translateWith(useTranslation().t);
  const format = useFormat();

  return (
    <dl className={`figures figures-${context}`}>
      {figures.map((figure) => (
        <div key={figure.key} className="figure">
          <dt>{figureLabel(figure, context, t)}</dt>
          <dd data-figure={figure.key} data-value={figure.value ?? ''}>
            {figureValue(figure, t, format)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
