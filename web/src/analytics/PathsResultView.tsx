import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathsResult } from '../api/types.ts';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { pathsSankeyOption } from './paths-chart-option.ts';
import { pathNodeLabel, pathRows } from './paths-table.ts';

const Chart = lazy(() => import('../charts/Chart.tsx'));

/** A paths answer: the Sankey of steps, and the most common full paths with counts and shares. */
export function PathsResultView({ result }: { result: PathsResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useMemo(() => ({ other: t('paths.otherNode'), elided: t('paths.elidedNode') }), [t]);
  const rows = useMemo(() => pathRows(result.paths, format.language, words), [result, format, words]);
  const option = useMemo(
    () =>
      pathsSankeyOption(result.edges, {
        nodeLabel: (name) => pathNodeLabel(name, words),
        formatCount: format.count,
      }),
    [result, words, format],
  );

  if (result.total === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('paths.empty')}</p>
      </div>
    );
  }

  const summary = t('paths.summary', { total: format.count(result.total) });
  const top = rows[0];
  const chartLabel = t('paths.chartLabel', {
    summary,
    top: top ? t('paths.topPath', { path: top.nodes.join(' → '), count: top.count, share: top.share }) : '',
  });
  return (
    <div className="paths-result">
      <p className="lead" data-testid="paths-summary">
        {summary}
      </p>
      {result.edges.length === 0 ? (
        <p>{t('paths.noEdges')}</p>
      ) : (
        <Suspense fallback={<Spinner label={t('paths.drawing')} announce={false} />}>
          <Chart option={option} height={420} label={chartLabel} />
        </Suspense>
      )}
      <table className="table paths-table">
        <caption>{t('paths.tableCaption', { total: format.count(result.total) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('paths.columns.rank')}
            </th>
            <th scope="col">{t('paths.columns.path')}</th>
            <th scope="col" className="numeric">
              {t('paths.columns.count')}
            </th>
            <th scope="col" className="numeric">
              {t('paths.columns.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rank} data-rank={row.rank}>
              <td className="numeric">{row.rank}</td>
              <th scope="row">
                <ol className="path-nodes" aria-label={row.nodes.join(' → ')}>
                  {row.nodes.map((node, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a path may repeat a node; its place is its key
                    <li key={i}>{node}</li>
                  ))}
                </ol>
              </th>
              <td className="numeric" data-figure="count">
                {row.count}
              </td>
              <td className="numeric" data-figure="share">
                {row.share}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
