import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Chart from '../charts/Chart.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { emotionChartOption } from './emotion-chart-option.ts';
import type { EmotionPoint } from './emotion-curve.ts';

/**
 * The researcher's emotion curve across the stages, with the measured one (survey scores and
 * feedback sentiment) beside it when there is one (loaded lazily with ECharts).
 */
export default function EmotionCurve({ points }: { points: EmotionPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () =>
      emotionChartOption(points, {
        formatScore: format.score,
        judged: t('emotion.judged'),
        measured: t('emotion.measured'),
      }),
    [points, format, t],
  );
  const summary = points
    .map((p) => {
      const judged = p.score === null ? t('emotion.noScore') : format.score(Math.round(p.score * 10) / 10);
      const measured = p.measured ?? null;
      const score =
        measured === null
          ? judged
          : `${judged}, ${t('emotion.measuredScore', { score: format.score(Math.round(measured * 10) / 10) })}`;
      return p.highPainPoints > 0
        ? `${p.stageName} ${score} (${t('emotion.highPain')})`
        : `${p.stageName} ${score}`;
    })
    .join(', ');
  return <Chart option={option} height={140} label={t('emotion.curveSummary', { points: summary })} />;
}
