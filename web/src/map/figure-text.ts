import type { TFunction } from 'i18next';
import type { Figure } from './figures.ts';

/** Translation function, as i18next's `t` (kept structural so pure code can be tested with any). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** i18next's `t` as a plain Translate (its own type is overloaded beyond what pure code needs). */
export function translateWith(t: TFunction): Translate {
  return (key, options) => (options === undefined ? t(key) : t(key, options));
}

/** The number formatters of the interface language (useFormat's, without React). */
export interface FigureFormat {
  count: (value: number | null) => string;
  percent: (value: number | null) => string;
  duration: (value: number | null) => string;
  nps: (value: number | null) => string;
}

/** A figure's label: a stage's median time is time *in* the stage, a touchpoint's to the next. */
export function figureLabel(figure: Figure, context: 'touchpoint' | 'stage', t: Translate): string {
  return context === 'stage' && figure.key === 'medianTime'
    ? t('figures.medianTimeStage')
    : t(`figures.${figure.key}`);
}

/**
 * A figure's value as the reader sees it, with its rate (`120 (35%)`) or its number of survey
 * responses (`42 (n = 45)`) when it has one.
 */
export function figureValue(figure: Figure, t: Translate, format: FigureFormat): string {
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
}
