import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiResult, KpiValue } from '../../../src/analytics/kpi/kpi-result.ts';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { formatAmount } from './format-amount.ts';
import { formatBucketStart } from './funnel-table.ts';
import { kpiOverTimeOption } from './kpi-chart-option.ts';
import { KPI_VALUE_KIND, type KpiKind } from './kpi-form.ts';

const Chart = lazy(() => import('../charts/Chart.tsx'));

/** The value of a KPI written as its kind reads: a share, a time, money, an NPS or a score. */
export function useKpiFormat(kind: KpiKind): (value: number | null) => string {
  const format = useFormat();
  return useMemo(() => {
    switch (KPI_VALUE_KIND[kind]) {
      case 'rate':
        return format.percent;
      case 'duration':
        return format.duration;
      case 'nps':
        return format.nps;
      case 'money':
        return (value: number | null) => formatAmount(value, format.language);
      case 'score':
        return format.number;
    }
  }, [kind, format]);
}

/**
 * KPI tiles: the KPI as one large tile, then one tile per breakdown group (largest first, as the
 * API orders them), and the KPI over time as a line when asked for. `groupLabel` names a group.
 */
export function KpiResultView({
  result,
  kind,
  unit,
  timezone,
  groupLabel,
}: {
  result: KpiResult;
  kind: KpiKind;
  unit: 'hour' | 'day' | 'week' | 'month' | null;
  timezone: string;
  groupLabel: (value: string | null, other: boolean) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatValue = useKpiFormat(kind);
  const name = t(`kpis.metrics.${kind}`);
  const option = useMemo(
    () =>
      result.overTime && unit
        ? kpiOverTimeOption(result.overTime, {
            name,
            bucketLabel: (start) => formatBucketStart(start, unit, format.language, timezone),
            formatValue: (v) => formatValue(v),
          })
        : null,
    [result, unit, name, format, timezone, formatValue],
  );

  if (result.count === 0 && kind !== 'revenue') {
    return (
      <div className="notice notice-info">
        <p>{t('kpis.empty', { metric: name })}</p>
        <p>{t(`kpis.needs.${kind}`)}</p>
      </div>
    );
  }
  return (
    <div className="kpi-result">
      <ul className="kpi-tiles">
        <KpiTile label={name} kpi={result} kind={kind} main />
        {result.breakdown?.map((group) => (
          <KpiTile
            key={`${group.other ? 'other' : 'value'}:${group.value}`}
            label={groupLabel(group.value, group.other === true)}
            kpi={group.kpi}
            kind={kind}
          />
        ))}
      </ul>
      {option && (
        <Suspense fallback={<Spinner label={t('kpis.drawing')} announce={false} />}>
          <Chart
            option={option}
            height={260}
            label={t('kpis.chartLabel', { metric: name, buckets: result.overTime?.length ?? 0 })}
          />
        </Suspense>
      )}
    </div>
  );
}

function KpiTile({
  label,
  kpi,
  kind,
  main = false,
}: {
  label: string;
  kpi: KpiValue;
  kind: KpiKind;
  main?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatValue = useKpiFormat(kind);
  return (
    <li className={main ? 'kpi-tile kpi-tile-main' : 'kpi-tile'} data-kpi-value={kpi.value ?? ''}>
      <span className="kpi-tile-label">{label}</span>
      <span className="kpi-tile-value">
        {kpi.value === null ? t('common.notMeasured') : formatValue(kpi.value)}
      </span>
      <span className="kpi-tile-count">{t(`kpis.units.${kind}`, { number: format.count(kpi.count) })}</span>
    </li>
  );
}
