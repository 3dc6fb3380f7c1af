import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiResult } from '../../../src/analytics/kpi/kpi-result.ts';
import type { KpiSpecInput } from '../../../src/analytics/spec/kpi-spec.ts';
import { api } from '../api/client.ts';
import { useResource } from '../api/use-resource.ts';
import { KpiResultView } from './KpiResultView.tsx';
import { kpiKindOf } from './kpi-form.ts';
import { kpiGroupLabel } from './kpi-group-label.ts';

/**
 * A KPI answer read with the spec that asked for it (on the KPI page and on dashboards alike):
 * which metric, which time buckets, and for a persona breakdown the personas' names from the map.
 */
export function KpiAnswer({ spec, result }: { spec: KpiSpecInput; result: KpiResult }) {
  const { t } = useTranslation();
  const breakdown = spec.breakdown;
  const mapId = breakdown?.on === 'persona' ? breakdown.map : null;
  const [map] = useResource(`kpi-map:${mapId ?? ''}`, (signal) =>
    mapId ? api.getMap(mapId, signal) : Promise.resolve(null),
  );
  const names = useMemo(
    () => new Map(map.state === 'ready' && map.data ? map.data.doc.personas.map((p) => [p.id, p.name]) : []),
    [map],
  );
  return (
    <KpiResultView
      result={result}
      kind={kpiKindOf(spec.metric)}
      unit={spec.interval?.unit ?? null}
      timezone={spec.timezone ?? 'UTC'}
      groupLabel={(value, other) => kpiGroupLabel(breakdown, value, other, t, names)}
    />
  );
}
